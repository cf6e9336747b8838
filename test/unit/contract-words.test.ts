import * as v from 'valibot';
import * as contract from '../../types';
import { describeIssue, labelOf } from '../../types/schema';

/**
 * Every field of the contract has a Chinese label, and whatever a caller sends, the refusal a person may read is
 * Chinese: walks every schema exported from types/ (the actions' inputs among them) with values of every wrong kind.
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Node = Record<string, any>;

const isSchema = (x: unknown): x is Node => typeof x === 'object' && x !== null && (x as Node).kind === 'schema';

const roots: [string, Node][] = [
  ...Object.entries(contract.actions).map(([name, def]): [string, Node] => [name, def.input as Node]),
  ...Object.entries(contract).filter(([, x]) => isSchema(x)).map(([name, x]): [string, Node] => [name, x as Node]),
];

const CJK = /[\u4e00-\u9fa5]/;
/** Latin words in a message are a field name or valibot's own English; the format hints YYYY-MM-DD are fine. */
const englishIn = (message: string) => message.replace(/YYYY-MM(-DD)?/g, '').match(/[A-Za-z]{2,}/)?.[0];

/** Every object in a schema, with the path that leads to it. */
function objectsIn(s: Node, path: string): [string, Node][] {
  switch (s.type) {
    case 'optional':
    case 'nullable':
    case 'nullish':
      return objectsIn(s.wrapped, path);
    case 'array':
      return objectsIn(s.item, `${path}[]`);
    case 'tuple':
    case 'union':
      return (s.items ?? s.options).flatMap((x: Node, i: number) => objectsIn(x, `${path}[${i}]`));
    case 'object':
    case 'strict_object':
      return [
        [path, s],
        ...Object.entries(s.entries as Record<string, Node>).flatMap(([k, e]) => objectsIn(e, `${path}.${k}`)),
      ];
    default:
      return [];
  }
}

const WRONG: unknown[] = [undefined, null, true, 0, -1, 1.5, 1e12, '', ' ', 'x', 'x'.repeat(3000), '<b>', '2026-13-45', [], {}];

/** Values that go wrong at every level of a schema: each field left out, each given every wrong kind. */
function probes(s: Node, depth = 0): unknown[] {
  if (depth > 4) return WRONG;
  switch (s.type) {
    case 'optional':
    case 'nullable':
    case 'nullish':
      return probes(s.wrapped, depth);
    case 'array':
      return [...WRONG, ...probes(s.item, depth + 1).map((x) => [x])];
    case 'tuple':
      return [...WRONG, ...s.items.flatMap((x: Node, i: number) => probes(x, depth + 1).map((p) => s.items.map((_: Node, j: number) => (i === j ? p : 0))))];
    case 'object':
    case 'strict_object':
      return [
        ...WRONG,
        ...Object.entries(s.entries as Record<string, Node>).flatMap(([k, e]) => probes(e, depth + 1).map((p) => ({ [k]: p }))),
      ];
    default:
      return WRONG;
  }
}

describe('the contract speaks Chinese', () => {
  it.each(roots)('%s: every field has a Chinese label', (_name, schema) => {
    const unlabelled = objectsIn(schema, '').flatMap(([path, o]) =>
      Object.entries(o.entries as Record<string, Node>)
        .filter(([, e]) => !CJK.test(labelOf(e) ?? ''))
        .map(([k]) => `${path}.${k}`.replace(/^\./, '')),
    );
    expect(unlabelled).toEqual([]);
  });

  it.each(roots)('%s: a required field left out or sent empty is named by its label', (_name, schema) => {
    const wrong = objectsIn(schema, '')
      .filter(([path]) => path === '')
      .flatMap(([, o]) => Object.entries(o.entries as Record<string, Node>))
      .filter(([, e]) => !['optional', 'nullable', 'nullish'].includes(e.type))
      .flatMap(([key, e]) => {
        const label = labelOf(e) ?? key;
        const absent = v.safeParse(schema as v.GenericSchema, {}, { abortEarly: false }).issues ?? [];
        const empty = v.safeParse(schema as v.GenericSchema, { [key]: undefined }, { abortEarly: false }).issues ?? [];
        const said = (issues: v.BaseIssue<unknown>[]) =>
          issues.filter((i) => v.getDotPath(i) === key).map((i) => describeIssue(i).message);
        return [...said(absent).filter((m) => m !== `缺少必填项：${label}`), ...said(empty).filter((m) => !m.includes(label))];
      });
    expect(wrong).toEqual([]);
  });

  it.each(roots)('%s: every refusal is Chinese and names no field in English', (_name, schema) => {
    const bad = new Set<string>();
    for (const value of probes(schema)) {
      const r = v.safeParse(schema as v.GenericSchema, value, { abortEarly: false });
      for (const issue of r.issues ?? []) {
        const { message } = describeIssue(issue);
        if (!CJK.test(message) || englishIn(message)) bad.add(message);
      }
    }
    expect([...bad]).toEqual([]);
  });
});
