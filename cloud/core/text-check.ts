import type { ContentVerdict } from '../platform/types';
import type { Ctx } from './context';
import { invalid } from './errors';

/** A field's text as the input holds it; a list (设施, 服务类别) is checked as one text. */
export type Text = string | readonly string[] | null | undefined;

const asText = (text: Text): string => (typeof text === 'string' ? text : (text ?? []).join('\n')).trim();

/**
 * The content check's verdict on one text (security.msgSecCheck in WeChat, a word list locally); empty text passes
 * without asking. For the few texts that are kept and held for a worker's review when they fail (a 暖心事's
 * description, a rating comment on a 暖心事); everything else goes through `checkTexts`.
 */
export async function screenText(ctx: Ctx, text: Text): Promise<ContentVerdict> {
  const content = asText(text);
  return content ? ctx.platform.contentCheck.check(content, ctx.caller.openid) : { pass: true };
}

/**
 * Text one person writes for others to read (a name, an address, a note, a title …) passes the content check before
 * anything is written. The fields are checked at once; the first that fails, in the order given, refuses the whole
 * call with INVALID_INPUT naming the field, so nothing changes and the form can point at it. Empty or absent fields
 * are skipped. `texts`: field → [its label in the message, its text].
 */
export async function checkTexts(ctx: Ctx, texts: Record<string, readonly [label: string, text: Text]>): Promise<void> {
  const fields = Object.entries(texts);
  const verdicts = await Promise.all(fields.map(([, [, text]]) => screenText(ctx, text)));
  const failed = verdicts.findIndex((v) => !v.pass);
  if (failed < 0) return;
  const [field, [label]] = fields[failed];
  ctx.platform.log.info('text refused by the content check', { field, reason: verdicts[failed].label ?? null, userId: ctx.caller.id });
  throw invalid(`${label}未通过内容安全检查，请修改后再提交`, field);
}
