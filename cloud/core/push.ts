import type { Db } from '../db/tx';
import type { Platform } from '../platform/types';

/**
 * A WeChat message push (消息推送) to the function, e.g. `{ MsgType: 'event', Event: 'wxa_media_check', trace_id,
 * result: { suggest, label }, … }`. Its fields are WeChat's; a handler reads what it needs and ignores the rest.
 */
export type MessagePush = Record<string, unknown> & { MsgType: 'event'; Event: string };

/**
 * What a feature does with one kind of push (keyed by `Event` in the feature's `pushes`). It runs only for a push the
 * platform vouched for (identity.invokedByMessagePush); a client's data never reaches it.
 */
export type PushHandler = (db: Db, platform: Platform, push: MessagePush, now: Date) => Promise<void>;

/** The event has the shape of a message push (to be vouched for by the invocation context, never by itself). */
export function isMessagePush(event: unknown): event is MessagePush {
  const e = event as Record<string, unknown> | null;
  return !!e && typeof e === 'object' && e.MsgType === 'event' && typeof e.Event === 'string' && e.Event.length > 0;
}
