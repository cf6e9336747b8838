import { action } from '../contract';
import { ANYONE } from '../roles';
import type { MessagePage, Subscribed, UnreadCount } from './models';
import { MessagesListInput, MessagesReadInput, MessagesSubscribeInput } from './schemas';

export * from './models';
export * from './schemas';

export const messagesActions = {
  'messages.list': action<MessagePage>()({ input: MessagesListInput, roles: ANYONE }),
  'messages.read': action<UnreadCount>()({ input: MessagesReadInput, roles: ANYONE }),
  /** The templates a person accepted in WeChat's requestSubscribeMessage: credits the outbox may push against. */
  'messages.subscribe': action<Subscribed>()({ input: MessagesSubscribeInput, roles: ANYONE, idempotent: true }),
};
