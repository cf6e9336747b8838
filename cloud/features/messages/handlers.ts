import type { messagesActions } from '../../../types';
import type { HandlersOf } from '../../core/handler';
import { listMessages, markRead } from './services/inbox';
import { subscribe } from './services/subscribe';

export const messagesHandlers: HandlersOf<typeof messagesActions> = {
  'messages.list': listMessages,
  'messages.read': markRead,
  'messages.subscribe': subscribe,
};
