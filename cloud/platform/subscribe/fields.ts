import { localDate, localMinutes, minutesToHhmm } from '../../lib/time';
import type { FactName, SubscribeTemplate } from './templates';

/**
 * A subscribe message's template fields, each in its WeChat type and within its limit. WeChat refuses the whole
 * message (47003 argument invalid) when one value breaks its type's rule, so every value is made to fit here.
 * The key names the type: `thing1` is a thing, `character_string4` a character string.
 * https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/mp-message-management/subscribe-message/sendMessage.html
 */

/** The facts of one message: what each template field may be filled with. `time` is an ISO instant. */
export type MessageFacts = Partial<Record<FactName, string>>;

const chars = (s: string) => Array.from(s);
const cut = (s: string, n: number) => chars(s).slice(0, n).join('');
/** Longer than the limit: cut, with an ellipsis in the last place. */
const clip = (s: string, n: number) => (chars(s).length > n ? `${cut(s, n - 1)}…` : s);
const only = (s: string, allowed: RegExp) => chars(s).filter((c) => allowed.test(c)).join('');

const HAN = /\p{Script=Han}/u;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** 2026年11月28日 */
function chineseDate(at: Date): string {
  const [y, m, d] = localDate(at).split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** Each type's rule: what it may hold and how long it may be (the docs' 参数值限制 table). */
const FORMAT: Record<string, (value: string) => string> = {
  /** 20 characters: Chinese, digits, letters, symbols. */
  thing: (v) => clip(v.replace(/\s+/g, ' ').trim(), 20),
  /** 5 Chinese characters, nothing else. */
  phrase: (v) => cut(only(v, HAN), 5),
  /** 24-hour time, with the date: 2026年11月28日 19:00 (Shanghai). */
  time: (v) => (ISO_INSTANT.test(v) ? `${chineseDate(new Date(v))} ${minutesToHhmm(localMinutes(new Date(v)))}` : v),
  /** A date: 2026年11月28日 (Shanghai). */
  date: (v) => (ISO_INSTANT.test(v) ? chineseDate(new Date(v)) : v),
  /** 32 digits, letters or symbols. */
  character_string: (v) => cut(only(v, /[\x21-\x7e]/), 32),
  /** 32 digits, a decimal point allowed. */
  number: (v) => cut(only(v, /[\d.]/), 32),
  /** 32 letters. */
  letter: (v) => cut(only(v, /[A-Za-z]/), 32),
  /** 5 symbols. */
  symbol: (v) => cut(only(v, /[^\p{L}\p{N}\s]/u), 5),
  /** 10 Chinese characters, or 20 letters when there is no Chinese in it. */
  name: (v) => (HAN.test(v) ? cut(only(v, HAN), 10) : cut(only(v, /[A-Za-z ·.]/), 20)),
  /** 17 digits and symbols: +86-0477-1234567. */
  phone_number: (v) => cut(only(v, /[\d+\-()*]/), 17),
  /** A currency sign and up to 10 digits: ¥12.50. */
  amount: (v) => cut(only(v, /[\d.¥￥$]/), 11),
  /** 8 characters. */
  car_number: (v) => cut(only(v, /[\p{Script=Han}A-Za-z\d]/u), 8),
};

/** The WeChat type a field key names: `character_string12` → `character_string`. */
export const fieldType = (key: string) => key.replace(/\d+$/, '');

/** One field's value in its type (an unknown type is treated as a thing, the loosest text type). */
export function formatField(key: string, value: string): string {
  return (FORMAT[fieldType(key)] ?? FORMAT.thing)(value);
}

/** WeChat refuses an empty value; a fact the message does not carry is filled with a plain stand-in that fits its type. */
const BLANK: Record<string, string> = { phrase: '通知', name: '居民', number: '0', letter: 'A', symbol: '-', character_string: '-', phone_number: '-' };

/**
 * The template's data for one message. `time` is the event's, booking's or step's own time when the message carries
 * one, otherwise the moment it was queued; `subject` falls back to the title and `note` to the body.
 */
export function templateData(
  template: SubscribeTemplate,
  message: { title: string; body: string; facts: MessageFacts; createdAt: string },
): Record<string, { value: string }> {
  const facts: MessageFacts = { title: message.title, body: message.body, subject: message.title, note: message.body, time: message.createdAt, ...message.facts };
  const data: Record<string, { value: string }> = {};
  for (const [fact, key] of Object.entries(template.fields) as [FactName, string][]) {
    const value = formatField(key, facts[fact] ?? '');
    data[key] = { value: value || (BLANK[fieldType(key)] ?? '无') };
  }
  return data;
}
