import type { Form } from '../fields';

/** 个人资料: the fields of me.update, whose schema (MeUpdateInput) is built from them. Each may be left out. */
export const PROFILE_FIELDS = {
  name: { kind: 'text', label: '姓名', min: 1, max: 20, optional: true },
  phone: { kind: 'phone', label: '手机号', orEmpty: true, optional: true },
  address: { kind: 'optionalText', label: '住址', max: 100, optional: true },
  communityId: { kind: 'id', label: '社区', optional: true },
} as const satisfies Form['fields'];

/** Only what changed; a save that would change nothing is refused, so nobody is told 「已保存」 for nothing. */
export const PROFILE_UNCHANGED = '请先填写或修改资料再保存';
export const PROFILE_FORM: Form = { fields: PROFILE_FIELDS, someGiven: PROFILE_UNCHANGED };
