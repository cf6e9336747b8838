import fc from 'fast-check';
import * as v from 'valibot';
import { checkFields, type Form } from '../../types/fields';
import { MeUpdateInput, PROFILE_FORM } from '../../types/people';
import { REQUEST_FORM, RequestCreateInput } from '../../types/requests';
import { describeIssue } from '../../types/schema';
import { malformed, shaped } from '../fuzz/arbitraries';

/**
 * The tab pages check their forms with checkFields (no valibot in the weapp main package); the server parses with the
 * contract's valibot schemas. Both are built from the same fields (REQUEST_FIELDS, PROFILE_FIELDS) and words (`say`):
 * here they must give the same answer — the same first problem, or the same values — for any payload.
 */
const viaSchema = (schema: v.GenericSchema, value: unknown) => {
  const r = v.safeParse(schema, value);
  return r.success ? { success: true, output: r.output } : { success: false, issue: describeIssue(r.issues[0]) };
};
const viaFields = (form: Form, value: unknown) => {
  const r = checkFields(form, value);
  return r.success ? r : { success: false, issue: { field: r.issue.field, message: r.issue.message } };
};

const forms: [string, v.GenericSchema, Form][] = [
  ['requests.create', RequestCreateInput, REQUEST_FORM],
  ['me.update', MeUpdateInput, PROFILE_FORM],
];

describe.each(forms)('%s: the form check answers as the schema does', (_name, schema, form) => {
  it('for payloads of the right shape', () => {
    fc.assert(fc.property(shaped(schema), (x) => expect(viaFields(form, x)).toEqual(viaSchema(schema, x))), { numRuns: 400 });
  });

  it('for payloads with one thing wrong', () => {
    fc.assert(fc.property(malformed(schema), (x) => expect(viaFields(form, x)).toEqual(viaSchema(schema, x))), { numRuns: 600 });
  });
});

describe('the cases the forms meet', () => {
  const draft = { category: '', description: '', address: '', phone: '', preferredTime: '尽快', photos: [] };
  const cases: [string, v.GenericSchema, Form, unknown][] = [
    ['nothing chosen', RequestCreateInput, REQUEST_FORM, draft],
    ['too short', RequestCreateInput, REQUEST_FORM, { ...draft, category: '其他', description: '门坏了' }],
    ['markup', RequestCreateInput, REQUEST_FORM, { ...draft, category: '其他', description: '<b>楼道灯坏了很多天了</b>', address: '1号楼' }],
    ['bad phone', RequestCreateInput, REQUEST_FORM, { ...draft, category: '其他', description: '楼道灯坏了很多天了', address: ' 1号楼 ', phone: '110' }],
    ['a bad photo', RequestCreateInput, REQUEST_FORM, { ...draft, category: '其他', description: '楼道灯坏了很多天了', address: '1号楼', phone: '13847701234', photos: ['x'] }],
    ['complete', RequestCreateInput, REQUEST_FORM, { ...draft, category: ' 其他 ', description: ' 楼道灯坏了很多天了 ', address: '1号楼', phone: '13847701234', photos: undefined }],
    ['nothing changed', MeUpdateInput, PROFILE_FORM, {}],
    ['one field typed', MeUpdateInput, PROFILE_FORM, { phone: '1384770' }],
    ['a cleared phone', MeUpdateInput, PROFILE_FORM, { phone: '', name: '  王秀兰 ' }],
    ['an empty name', MeUpdateInput, PROFILE_FORM, { name: ' ' }],
    ['an unknown field', MeUpdateInput, PROFILE_FORM, { constructor: 1 }],
  ];
  it.each(cases)('%s', (_case, schema, form, value) => {
    expect(viaFields(form, value)).toEqual(viaSchema(schema, value));
  });
});
