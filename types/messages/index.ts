import { action } from '../contract';
import { ANYONE } from '../roles';
import type { MessagePage, UnreadCount } from './models';
import { MessagesListInput, MessagesReadInput } from './schemas';

export * from './models';
export * from './schemas';

export const messagesActions = {
  'messages.list': action<MessagePage>()({ input: MessagesListInput, roles: ANYONE }),
  'messages.read': action<UnreadCount>()({ input: MessagesReadInput, roles: ANYONE }),
};
