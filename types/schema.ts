import * as v from 'valibot';
import { NO_MARKUP, PHONE_PATTERN, say } from './fields';

/**
 * Shared field schemas. Every message is Chinese and names the field, so the router can pass it straight on. Each
 * field also carries its Chinese label (`v.title`), so a field left out is named in words: 「缺少必填项：人数」.
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Schema = v.GenericSchema<any, any>;

/** Gives a field its Chinese label; the helpers below do it themselves, a hand-written field schema goes through it. */
export const labelled = <S extends Schema>(label: string, schema: S) => v.pipe(schema, v.title(label));

/** The Chinese label of a field's schema (looking through optional / nullable), or undefined when it has none. */
export function labelOf(schema: unknown): string | undefined {
  let s = schema as Schema & { wrapped?: unknown };
  while (s.wrapped && (s.type === 'optional' || s.type === 'nullable' || s.type === 'nullish')) {
    s = s.wrapped as Schema & { wrapped?: unknown };
  }
  return v.getTitle(s);
}

/** The message of a field's type check: a field sent empty (undefined) is missing, not of the wrong kind. */
const kind = (label: string, wrong: string) => (issue: v.BaseIssue<unknown>) =>
  issue.received === 'undefined' ? say.missing(label) : wrong;

export const id = (label: string) =>
  v.pipe(v.number(kind(label, say.notNumber(label))), v.integer(say.invalid(label)), v.minValue(1, say.invalid(label)), v.title(label));

export const text = (label: string, min: number, max: number) =>
  v.pipe(
    v.string(kind(label, say.notText(label))),
    v.trim(),
    v.minLength(min, say.tooShort(label, min)),
    v.maxLength(max, say.tooLong(label, max)),
    v.title(label),
  );

/** Optional free text that may be cleared with an empty string. */
export const optionalText = (label: string, max: number) =>
  v.optional(v.pipe(v.string(kind(label, say.notText(label))), v.trim(), v.maxLength(max, say.tooLong(label, max)), v.title(label)));

/** Text shown to other people must not carry markup. */
export const plainText = (label: string, min: number, max: number) =>
  v.pipe(text(label, min, max), v.regex(NO_MARKUP, say.markup(label)));

export { PHONE_PATTERN };
export const phone = (label = '手机号') =>
  v.pipe(v.string(kind(label, say.notText(label))), v.trim(), v.regex(PHONE_PATTERN, say.phone(label)), v.title(label));

/**
 * The calendar the app works in. Dates, months and instants outside it are refused at the boundary, so no service
 * ever loops over, or looks up calendar data for, a year the community will not see.
 */
export const FIRST_YEAR = 2000;
export const LAST_YEAR = 2100;
const inWindow = (year: number) => year >= FIRST_YEAR && year <= LAST_YEAR;

export const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
export const date = (label: string) =>
  v.pipe(
    v.string(kind(label, `${label}应为日期`)),
    v.regex(DATE_PATTERN, `${label}格式应为 YYYY-MM-DD`),
    v.check((s) => isRealDate(s), `${label}不是有效日期`),
    v.check((s) => inWindow(Number(s.slice(0, 4))), `${label}应在${FIRST_YEAR}年到${LAST_YEAR}年之间`),
    v.title(label),
  );

export const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;
export const month = (label = '月份') =>
  v.pipe(
    v.string(kind(label, `${label}应为文字`)),
    v.regex(MONTH_PATTERN, `${label}格式应为 YYYY-MM`),
    v.check((s) => inWindow(Number(s.slice(0, 4))), `${label}应在${FIRST_YEAR}年到${LAST_YEAR}年之间`),
    v.title(label),
  );

const INSTANT_PATTERN = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?(Z|[+-](\d{2}):(\d{2}))$/;

/** An instant as ISO-8601 with an offset or Z, e.g. 2026-11-28T19:00:00+08:00: a real calendar day and clock time. */
export const instant = (label: string) =>
  v.pipe(
    v.string(kind(label, `${label}应为时间`)),
    v.regex(INSTANT_PATTERN, `${label}格式不正确`),
    v.check(isRealInstant, `${label}不是有效时间`),
    v.check((s) => inWindow(Number(s.slice(0, 4))), `${label}应在${FIRST_YEAR}年到${LAST_YEAR}年之间`),
    v.title(label),
  );

export const intRange = (label: string, min: number, max: number) =>
  v.pipe(
    v.number(kind(label, `${label}应为数字`)),
    v.integer(`${label}应为整数`),
    v.minValue(min, `${label}不能小于${min}`),
    v.maxValue(max, `${label}不能大于${max}`),
    v.title(label),
  );

export const oneOf = <const T extends readonly [string, ...string[]]>(label: string, values: T) =>
  v.pipe(v.picklist(values, kind(label, say.invalid(label))), v.title(label));

/** Client-generated id of a create, for idempotent retries. */
export const requestId = v.pipe(
  v.string('请求编号应为文字'),
  v.regex(/^[A-Za-z0-9_-]{8,64}$/, '请求编号格式不正确'),
);

/**
 * Strict object: unknown fields are refused, and a field left out is named by its label. `what` words the object
 * itself (「预约规则应为对象」 for one nested in another).
 */
export const input = <const E extends v.ObjectEntries>(entries: E, what = say.notObject) =>
  v.strictObject(entries, (issue) => {
    const key = issue.path?.[issue.path.length - 1]?.key;
    if (issue.expected === 'never') return say.unknownField(String(key));
    if (issue.received === 'undefined' && typeof key === 'string' && key in entries) {
      return say.missing(labelOf(entries[key]) ?? key);
    }
    return what;
  });

export const NO_INPUT = input({});

/** 2027-02-30T10:00+08:00 is no instant (Date.parse would roll it over to 2 March), nor is 24:00 or +15:00. */
function isRealInstant(s: string): boolean {
  const m = INSTANT_PATTERN.exec(s);
  if (!m) return false;
  const [, day, hh, mm, ss = '0', , oh = '0', om = '0'] = m;
  return isRealDate(day) && Number(hh) < 24 && Number(mm) < 60 && Number(ss) < 60 && Number(oh) <= 14 && Number(om) < 60;
}

function isRealDate(s: string): boolean {
  const [y, m, d] = s.split('-').map(Number);
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}

/** One Chinese sentence for the first issue of a failed parse, and the field it concerns. */
export function describeIssue(issue: v.BaseIssue<unknown>): { message: string; field?: string } {
  const field = v.getDotPath(issue) ?? undefined;
  // Our schemas carry Chinese messages (a strict object's name the missing or unknown field); valibot's are English.
  if (/[\u4e00-\u9fa5]/.test(issue.message)) return { field, message: issue.message };
  if (issue.kind === 'schema' && issue.received === 'undefined') return { field, message: '缺少必填项' };
  return { field, message: field ? '格式不正确' : '请求参数格式不正确' };
}
