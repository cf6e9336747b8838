import * as v from 'valibot';
import { id, input, labelled } from '../schema';

export const MessagesListInput = input({
  beforeId: v.optional(id('分页位置')),
});

export const MessagesReadInput = input({
  ids: v.optional(v.pipe(v.array(id('消息'), '消息列表格式不正确'), v.maxLength(100, '一次最多100条'), v.title('消息'))),
  all: v.optional(labelled('全部已读', v.boolean('全部已读应为是或否'))),
});
