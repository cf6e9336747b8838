import * as v from 'valibot';
import { id, input, labelled } from '../schema';

export const MessagesListInput = input({
  beforeId: v.optional(id('分页位置')),
});

export const MessagesReadInput = input({
  ids: v.optional(v.pipe(v.array(id('消息'), '消息列表格式不正确'), v.maxLength(100, '一次最多100条'), v.title('消息'))),
  all: v.optional(labelled('全部已读', v.boolean('全部已读应为是或否'))),
});

/** Template ids WeChat's requestSubscribeMessage reported as accepted (it asks for at most 3 at a time). */
export const MAX_SUBSCRIBE_TEMPLATES = 5;
export const MessagesSubscribeInput = input({
  templateIds: v.pipe(
    v.array(v.pipe(v.string('提醒模板应为文字'), v.regex(/^[\w-]{1,64}$/, '提醒模板格式不正确'), v.title('提醒模板')), (issue) =>
      issue.received === 'undefined' ? '缺少必填项：提醒模板' : '提醒模板列表格式不正确',
    ),
    v.minLength(1, '请至少选择一个提醒'),
    v.maxLength(MAX_SUBSCRIBE_TEMPLATES, `一次最多${MAX_SUBSCRIBE_TEMPLATES}个提醒`),
    v.title('提醒模板'),
  ),
});
