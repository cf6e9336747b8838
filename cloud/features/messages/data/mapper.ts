import type { Selectable } from 'kysely';
import type { Message } from '../../../../types';
import type { NotificationTable } from '../../../db/core-tables';

/** What 消息通知 reads of a notification (the outbox's own columns stay out), and the message it becomes. */
export const MESSAGE_COLUMNS = ['id', 'kind', 'title', 'body', 'page', 'created_at', 'read_at'] as const;
type MessageRow = Pick<Selectable<NotificationTable>, (typeof MESSAGE_COLUMNS)[number]>;

export function toMessage(r: MessageRow): Message {
  return { id: r.id, kind: r.kind, title: r.title, body: r.body, page: r.page, createdAt: r.created_at, read: r.read_at !== null };
}
