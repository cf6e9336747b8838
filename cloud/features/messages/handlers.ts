import type { messagesActions } from '../../../types';
import type { HandlersOf } from '../../core/handler';
import { listMessages, markRead } from './messages';

export const messagesHandlers: HandlersOf<typeof messagesActions> = {
  'messages.list': listMessages,
  'messages.read': markRead,
};
