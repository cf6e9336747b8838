import fc from 'fast-check';
import type * as v from 'valibot';
import { DATE_PATTERN, MONTH_PATTERN, PHONE_PATTERN } from '../../types/schema';

/**
 * fast-check arbitraries read off the contract's own valibot schemas: `shaped(schema)` gives payloads of the right
 * shape (many still break a service rule, which is the point), `malformed(schema)` the same with one thing wrong.
 * Values lean towards what exists in the demo database (small ids, dates around now) so calls reach the services.
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Node = v.BaseSchema<unknown, unknown, v.BaseIssue<unknown>> & Record<string, any>;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Action = { kind: string; type: string; requirement?: any };

const actionsOf = (s: Node): Action[] => ((s.pipe ?? []) as Action[]).filter((a) => a.kind !== 'schema');
const req = (s: Node, type: string) => actionsOf(s).find((a) => a.type === type)?.requirement;

const HAN = '王秀兰张大爷社区活动室小区号楼单元居民志愿服务暖心事维修调解敬老党建文艺排练亲子课堂政策宣讲达尔罕康巴什';
const WORDS = ['赌博', '代开发票', '加微信', '<b>', '  ', '\u0000', '😀', "'; DROP TABLE users; --", '%', '_'];

const text = (min: number, max: number) =>
  fc
    .tuple(
      fc.string({ unit: fc.constantFrom(...HAN.split(''), 'a', '1', ' ', '-'), minLength: min, maxLength: Math.min(max, min + 24) }),
      fc.option(fc.constantFrom(...WORDS), { freq: 4, nil: '' }),
    )
    .map(([s, w]) => (s + w).slice(0, Math.max(max, min)));

const pad = (n: number) => String(n).padStart(2, '0');
const day = fc.integer({ min: -120, max: 400 }).map((d) => new Date(Date.UTC(2026, 10, 25 + d)));
const dateText = day.map((d) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`);
const monthText = day.map((d) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`);
const instantText = fc
  .tuple(dateText, fc.integer({ min: 0, max: 23 }), fc.constantFrom(0, 15, 30, 45))
  .map(([d, h, m]) => `${d}T${pad(h)}:${pad(m)}:00+08:00`);

function stringOf(s: Node): fc.Arbitrary<string> {
  const regex = req(s, 'regex') as RegExp | undefined;
  if (regex?.source === DATE_PATTERN.source) return dateText;
  if (regex?.source === MONTH_PATTERN.source) return monthText;
  if (regex?.source.includes('T\\d{2}')) return instantText;
  if (regex?.source === PHONE_PATTERN.source) return fc.constantFrom('13847701234', '13912345678', '15004770000');
  if (regex && !regex.source.startsWith('^[^<>]')) return fc.stringMatching(regex);
  const exact = req(s, 'length') as number | undefined;
  const min = exact ?? (req(s, 'min_length') as number | undefined) ?? 0;
  const max = exact ?? (req(s, 'max_length') as number | undefined) ?? 40;
  return text(min, max);
}

function numberOf(s: Node): fc.Arbitrary<number> {
  const min = (req(s, 'min_value') as number | undefined) ?? -1000;
  const max = (req(s, 'max_value') as number | undefined) ?? Math.max(min + 60, 1000);
  const integer = actionsOf(s).some((a) => a.type === 'integer');
  // Ids have no upper bound: most land on rows the demo data holds (8 communities, tens of events …), a few far away.
  const few = fc.integer({ min, max: Math.min(max, min + 8) });
  const near = fc.integer({ min, max: Math.min(max, min + 60) });
  const any = integer ? fc.integer({ min, max: Math.min(max, 2 ** 31 - 1) }) : fc.double({ min, max, noNaN: true });
  return fc.oneof({ weight: 4, arbitrary: few }, { weight: 3, arbitrary: near }, { weight: 1, arbitrary: any });
}

function arrayOf(s: Node): fc.Arbitrary<unknown[]> {
  const exact = req(s, 'length') as number | undefined;
  const min = exact ?? (req(s, 'min_length') as number | undefined) ?? 0;
  const max = exact ?? (req(s, 'max_length') as number | undefined) ?? 5;
  return fc.array(shaped(s.item), { minLength: min, maxLength: Math.min(max, min + 6) });
}

/** A value of the schema's shape. */
export function shaped(schema: unknown): fc.Arbitrary<unknown> {
  const s = schema as Node;
  switch (s.type) {
    case 'string':
      return stringOf(s);
    case 'number':
      return numberOf(s);
    case 'boolean':
      return fc.boolean();
    case 'literal':
      return fc.constant(s.literal);
    case 'picklist':
      return fc.constantFrom(...(s.options as unknown[]));
    case 'optional':
      return fc.option(shaped(s.wrapped), { nil: undefined, freq: 3 });
    case 'nullable':
      return fc.option(shaped(s.wrapped), { nil: null, freq: 3 });
    case 'array':
      return arrayOf(s);
    case 'tuple':
      return fc.tuple(...(s.items as unknown[]).map(shaped));
    case 'union':
      return fc.oneof(...(s.options as unknown[]).map(shaped));
    case 'object':
    case 'strict_object': {
      const entries = Object.entries(s.entries as Record<string, Node>);
      const required = entries.filter(([, e]) => e.type !== 'optional').map(([k]) => k);
      const parts = Object.fromEntries(entries.map(([k, e]) => [k, shaped(e)]));
      return fc.record(parts, { requiredKeys: required }).map(dropUndefined);
    }
    default:
      throw new Error(`no arbitrary for valibot schema type ${s.type}: add one to test/fuzz/arbitraries.ts`);
  }
}

const dropUndefined = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).filter(([, x]) => x !== undefined));

/** What a careless or hostile caller puts where a value belongs; near misses of the value's own kind most often. */
const anyWrong = fc.oneof(
  fc.constantFrom(null, true, 0, -1, 1.5, 1e300, -2147483649, 2 ** 53, '', ' ', '0', [], {}, [1, 2], { nested: { deep: [] } }),
  fc.constantFrom('<script>alert(1)</script>', '../../etc/passwd', '%', '\u0000', 'x'.repeat(100_000), '赌'.repeat(5000)),
  fc.jsonValue({ maxDepth: 2 }),
);
const nearMisses: [RegExp, fc.Arbitrary<unknown>][] = [
  [/^\d{4}-\d{2}-\d{2}$/, fc.constantFrom('9999-12-31', '10000-01-01', '1899-12-31', '2027-02-30', '2026-13-01', '0000-00-00', '2101-01-01')],
  [/^\d{4}-\d{2}$/, fc.constantFrom('9999-12', '1899-12', '0000-01', '2101-01', '2026-13', '10000-01')],
  [/^\d{4}-\d{2}-\d{2}T/, fc.constantFrom('2027-02-30T19:00:00+08:00', '2026-11-28T24:00:00+08:00', '9999-12-31T23:59:59Z', '2026-11-28T19:00:00+25:00', '1970-01-01T00:00:00Z')],
];
const numberMisses = fc.constantFrom(0, -1, 1.5, 2 ** 31, 2 ** 53, -(2 ** 53), 1e300);

function wrongFor(original: unknown): fc.Arbitrary<unknown> {
  const near = typeof original === 'string' ? nearMisses.find(([shape]) => shape.test(original))?.[1] : typeof original === 'number' ? numberMisses : undefined;
  return near ? fc.oneof({ weight: 3, arbitrary: near }, { weight: 1, arbitrary: anyWrong }) : anyWrong;
}

const getAt = (value: unknown, path: (string | number)[]): unknown =>
  path.reduce<unknown>((v, k) => (v as Record<string | number, unknown>)?.[k], value);

/** Paths to every value inside a shaped payload (object keys and array indexes). */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return value.flatMap((x, i) => [[...prefix, i], ...paths(x, [...prefix, i])]);
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, x]) => [[...prefix, k], ...paths(x, [...prefix, k])]);
  }
  return [];
}

function setAt(value: unknown, path: (string | number)[], to: unknown): unknown {
  if (path.length === 0) return to;
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<string | number, unknown>;
  copy[path[0]] = setAt(copy[path[0]], path.slice(1), to);
  return copy;
}

/** A payload with one thing wrong: a value replaced, a key the contract does not know, or no object at all. */
export function malformed(schema: unknown): fc.Arbitrary<unknown> {
  const replaced = fc
    .tuple(shaped(schema), fc.nat())
    .chain(([payload, pick]) => {
      const all = paths(payload);
      if (all.length === 0) return anyWrong;
      const at = all[pick % all.length];
      return wrongFor(getAt(payload, at)).map((bad) => setAt(payload, at, bad));
    });
  const extraKey = fc
    .tuple(shaped(schema), fc.constantFrom('__proto__', 'constructor', 'openid', 'role', 'userId', 'x'), anyWrong)
    .map(([payload, key, bad]) => (payload && typeof payload === 'object' ? JSON.parse(JSON.stringify({ ...payload, [key]: bad })) : payload));
  return fc.oneof({ weight: 5, arbitrary: replaced }, { weight: 2, arbitrary: extraKey }, { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) });
}
