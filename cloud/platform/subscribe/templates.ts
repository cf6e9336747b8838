/**
 * Subscribe-message templates, as the operator configures them (NUANXIN_SUBSCRIBE_TEMPLATES, docs/WECHAT.md): which
 * template a kind of message goes out with, whether it is a long-term one, and which of the message's facts fills
 * each template field. The key of a field names its WeChat type (`thing1`, `time3`, `phrase2` …, see fields.ts).
 */

/** What a message may carry into a template field. */
export const FACTS = ['title', 'body', 'subject', 'time', 'place', 'status', 'name', 'note'] as const;
export type FactName = (typeof FACTS)[number];

export interface SubscribeTemplate {
  /** The configuration key: a family ('event'), one kind ('event.promoted') or 'default'. */
  family: string;
  templateId: string;
  /**
   * 长期订阅: only for accounts whose service category allows it (government, civic services …). One acceptance lets
   * every later message of the template go out until the person switches it off; a one-time template needs one
   * acceptance per message.
   */
  longTerm: boolean;
  /** fact → template field key, e.g. `{ subject: 'thing1', time: 'time2', status: 'phrase3' }`. */
  fields: Partial<Record<FactName, string>>;
}

export interface SubscribeTemplates {
  /** The kind's own template, else its family's ('event' for 'event.promoted'), else the default one, else none. */
  forKind(kind: string): SubscribeTemplate | null;
  byId(templateId: string): SubscribeTemplate | null;
  all(): SubscribeTemplate[];
}

type RawTemplate = { templateId?: unknown; longTerm?: unknown; fields?: unknown };

const TEMPLATE_ID = /^[\w-]{1,64}$/;
const FIELD_KEY = /^[a-z_]+\d+$/;

/** Reads the configuration; a malformed one fails loudly at start-up rather than sending wrong messages later. */
export function subscribeTemplates(raw: Record<string, RawTemplate> = {}): SubscribeTemplates {
  const list: SubscribeTemplate[] = Object.entries(raw).map(([family, t]) => {
    if (typeof t.templateId !== 'string' || !TEMPLATE_ID.test(t.templateId)) throw new Error(`subscribe template ${family}: templateId missing or malformed`);
    const fields: Partial<Record<FactName, string>> = {};
    for (const [fact, key] of Object.entries((t.fields ?? {}) as Record<string, unknown>)) {
      if (!(FACTS as readonly string[]).includes(fact)) throw new Error(`subscribe template ${family}: unknown fact ${fact} (one of ${FACTS.join(', ')})`);
      if (typeof key !== 'string' || !FIELD_KEY.test(key)) throw new Error(`subscribe template ${family}: field key ${String(key)} is not a WeChat key such as thing1`);
      fields[fact as FactName] = key;
    }
    return { family, templateId: t.templateId, longTerm: t.longTerm === true, fields };
  });
  const byFamily = new Map(list.map((t) => [t.family, t]));
  return {
    forKind: (kind) => byFamily.get(kind) ?? byFamily.get(kind.split('.')[0]) ?? byFamily.get('default') ?? null,
    byId: (id) => list.find((t) => t.templateId === id) ?? null,
    all: () => list,
  };
}

/** NUANXIN_SUBSCRIBE_TEMPLATES: JSON `{ "<family>" | "<kind>" | "default": { templateId, longTerm?, fields: { fact: key } } }`. */
export function subscribeTemplatesFromEnv(env: NodeJS.ProcessEnv = process.env): SubscribeTemplates {
  const raw = env.NUANXIN_SUBSCRIBE_TEMPLATES;
  return subscribeTemplates(raw ? (JSON.parse(raw) as Record<string, RawTemplate>) : {});
}
