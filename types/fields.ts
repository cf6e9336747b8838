/**
 * A form's fields as plain data, and the words every field check says — without valibot, so that a tab page can check
 * its form without carrying the schema library in the weapp main package (issue 12). The contract's valibot schemas
 * (types/schema.ts) word their issues with the same `say` and take their bounds from the same field lists
 * (REQUEST_FIELDS, PROFILE_FIELDS); `checkFields` answers what `v.safeParse` + `describeIssue` answer for them: the
 * first problem in the schema's order, or the trimmed, defaulted values. test/unit/form-fields.test.ts holds the two
 * to the same answers.
 */

/** How a field check words a problem: Chinese, naming the field by its label. */
export const say = {
  missing: (label: string) => `缺少必填项：${label}`,
  notText: (label: string) => `${label}应为文字`,
  notNumber: (label: string) => `${label}应为数字`,
  invalid: (label: string) => `${label}无效`,
  /** Text left empty (a minimum of one), or too short. */
  tooShort: (label: string, min: number) => (min <= 1 ? `请填写${label}` : `${label}至少${min}个字`),
  tooLong: (label: string, max: number) => `${label}不能超过${max}个字`,
  markup: (label: string) => `${label}不能包含 < 或 > 等特殊符号`,
  phone: (label: string) => `${label}格式不正确，请填写11位手机号`,
  /** A choice left open (服务类别). */
  choose: (label: string) => `请选择${label}`,
  notFileId: (label: string) => `${label}应为文件编号`,
  badFile: (label: string) => `${label}无效，请重新上传`,
  notList: (label: string) => `${label}格式不正确`,
  tooManyFiles: (label: string, max: number) => `最多上传${max}张${label}`,
  unknownField: (key: string) => `不支持的字段：${key}`,
  notObject: '请求参数应为对象',
};

export const PHONE_PATTERN = /^1[3-9]\d{9}$/;
/** Text shown to other people carries no markup. */
export const NO_MARKUP = /^[^<>]*$/;

/** One field of a form. `optional`: it may be left out (it is then not in the output). */
export type Field = { label: string; optional?: true } & (
  | { kind: 'text'; min: number; max: number; /** shown to others: no markup */ plain?: true }
  /** Trimmed, at most `max`, and may be emptied. */
  | { kind: 'optionalText'; max: number }
  /** `orEmpty`: '' clears the number. */
  | { kind: 'phone'; orEmpty?: true }
  | { kind: 'oneOf'; values: readonly [string, ...string[]] }
  /** A record's id: a positive integer. */
  | { kind: 'id' }
  /** A word picked from a list, at most `max` characters (服务类别). */
  | { kind: 'pick'; max: number }
  /** Uploaded files' ids (none when left out), at most `max`. */
  | { kind: 'files'; max: number; pattern: RegExp }
);

export interface FieldIssue {
  /** The field's dot path ('photos.2'); none for the form as a whole. */
  field?: string;
  message: string;
}

export type Checked<T> = { success: true; output: T } | { success: false; issue: FieldIssue };

type Result = { value: unknown; issue?: undefined } | { issue: FieldIssue };

/** A form: its fields in the schema's order, and, optionally, the rule the whole must meet once every field passes. */
export interface Form {
  fields: Readonly<Record<string, Field>>;
  /** A change form: at least one field given, or this message. */
  someGiven?: string;
}

/** The first problem of `value` against the form (as the contract's schema would name it), or the values it outputs. */
export function checkFields<T = Record<string, unknown>>(form: Form, value: unknown): Checked<T> {
  const fail = (issue: FieldIssue): Checked<T> => ({ success: false, issue });
  if (typeof value !== 'object' || value === null) return fail({ message: say.notObject });
  const input = value as Record<string, unknown>;
  const output: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(form.fields)) {
    if (!(key in input)) {
      if (field.kind === 'files') output[key] = [];
      else if (!field.optional) return fail({ field: key, message: say.missing(field.label) });
      continue;
    }
    const r = checkOne(field, input[key], key);
    if (r.issue) return fail(r.issue);
    output[key] = r.value;
  }
  const unknown = Object.keys(input).find((key) => !Object.prototype.hasOwnProperty.call(form.fields, key));
  if (unknown !== undefined) return fail({ field: unknown, message: say.unknownField(unknown) });
  if (form.someGiven && !Object.values(output).some((x) => x !== undefined)) return fail({ message: form.someGiven });
  return { success: true, output: output as T };
}

function checkOne(f: Field, value: unknown, key: string): Result {
  const bad = (message: string, field = key): Result => ({ issue: { field, message } });
  if (value === undefined) {
    if (f.optional && f.kind !== 'files') return { value };
    if (f.kind === 'files') return { value: [] };
    if (f.kind === 'pick') return bad(say.choose(f.label));
    return bad(say.missing(f.label));
  }
  switch (f.kind) {
    case 'text':
    case 'optionalText':
    case 'pick': {
      if (typeof value !== 'string') return bad(f.kind === 'pick' ? say.choose(f.label) : say.notText(f.label));
      const s = value.trim();
      if (f.kind === 'pick' && s.length < 1) return bad(say.choose(f.label));
      if (f.kind === 'text' && s.length < f.min) return bad(say.tooShort(f.label, f.min));
      if (s.length > f.max) return bad(say.tooLong(f.label, f.max));
      if (f.kind === 'text' && f.plain && !NO_MARKUP.test(s)) return bad(say.markup(f.label));
      return { value: s };
    }
    case 'phone': {
      if (f.orEmpty && value === '') return { value };
      if (typeof value !== 'string') return bad(f.orEmpty ? say.phone(f.label) : say.notText(f.label));
      const s = value.trim();
      return PHONE_PATTERN.test(s) ? { value: s } : bad(say.phone(f.label));
    }
    case 'oneOf':
      return (f.values as readonly unknown[]).includes(value) ? { value } : bad(say.invalid(f.label));
    case 'id':
      if (typeof value !== 'number' || Number.isNaN(value)) return bad(say.notNumber(f.label));
      return Number.isInteger(value) && value >= 1 ? { value } : bad(say.invalid(f.label));
    case 'files': {
      if (!Array.isArray(value)) return bad(say.notList(f.label));
      for (const [i, item] of value.entries()) {
        if (typeof item !== 'string') return bad(say.notFileId(f.label), `${key}.${i}`);
        if (!f.pattern.test(item)) return bad(say.badFile(f.label), `${key}.${i}`);
      }
      return value.length > f.max ? bad(say.tooManyFiles(f.label, f.max)) : { value: [...value] };
    }
  }
}
