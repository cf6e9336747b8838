import { localDate, localMinutes, minutesToHhmm } from '../../lib/time';
import type { Notifier, OutgoingMessage } from '../types';
import type { WxSdk } from './sdk';

/** Maps a message kind to a subscribe-message template and which template keys carry title, body and time. */
export interface TemplateConfig {
  templateId: string;
  fields: { title?: string; body?: string; time?: string };
}

/** `thing` values are capped at 20 characters by WeChat. */
const clip = (s: string, n = 20) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** `time` values read 2026-11-28 19:00 (Shanghai). */
function formatTime(iso: string): string {
  const at = new Date(iso);
  return `${localDate(at)} ${minutesToHhmm(localMinutes(at))}`;
}

/** subscribeMessage.send; kinds without a configured template are skipped (the user did not subscribe to them). */
export function subscribeMessageNotifier(
  sdk: () => WxSdk,
  templates: Record<string, TemplateConfig>,
  state: 'developer' | 'trial' | 'formal' = 'formal',
): Notifier {
  return {
    async deliver(message: OutgoingMessage) {
      // 'event.promoted' → its own template, else the family's ('event'), else the default one.
      const template = templates[message.kind] ?? templates[message.kind.split('.')[0]] ?? templates.default;
      if (!template) return;
      const data: Record<string, { value: string }> = {};
      if (template.fields.title) data[template.fields.title] = { value: clip(message.title) };
      if (template.fields.body) data[template.fields.body] = { value: clip(message.body) };
      if (template.fields.time) data[template.fields.time] = { value: formatTime(message.createdAt) };
      const res = await sdk().openapi.subscribeMessage.send({
        touser: message.openid,
        templateId: template.templateId,
        page: message.page ?? undefined,
        data,
        miniprogramState: state,
      });
      if (res.errCode) throw new Error(`subscribeMessage.send ${res.errCode} ${res.errMsg ?? ''}`);
    },
  };
}
