import * as v from 'valibot';
import { action } from './contract';
import { ANYONE } from './roles';
import { id, input } from './schema';

/** A notification as the person sees it in 消息通知 (the same text WeChat sends as a subscribe message). */
export interface Message {
  id: number;
  kind: string;
  title: string;
  body: string;
  /** Page to open, e.g. '/packages/events/detail/index?id=3'. */
  page: string | null;
  createdAt: string;
  read: boolean;
}

export interface MessagePage {
  items: Message[];
  unread: number;
  /** Pass as `beforeId` for the next page; null at the end. */
  nextBeforeId: number | null;
}

export const MessagesListInput = input({
  beforeId: v.optional(id('分页位置')),
});

export const MessagesReadInput = input({
  ids: v.optional(v.pipe(v.array(id('消息'), '消息列表格式不正确'), v.maxLength(100, '一次最多100条'))),
  all: v.optional(v.boolean('全部已读应为是或否')),
});

export const messagesActions = {
  'messages.list': action<MessagePage>()({ input: MessagesListInput, roles: ANYONE }),
  'messages.read': action<{ unread: number }>()({ input: MessagesReadInput, roles: ANYONE }),
};
