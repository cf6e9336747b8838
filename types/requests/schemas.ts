import * as v from 'valibot';
import { MAX_PHOTOS, PREFERRED_TIMES, QUEUE_FILTERS, QUICK_TAGS, RESOLUTIONS, TASK_FILTERS } from './models';
import { id, input, intRange, month, oneOf, phone, plainText } from '../schema';

/** 暖心事: the schemas of the requests actions; the words and result types are in models.ts. */

/** A photo the client uploaded first: a cloud storage file id in WeChat, the local store's id elsewhere. */
const FILE_ID = /^(cloud:\/\/[\w.-]+\/[\w./-]{1,200}|local:[a-f0-9]{32}\.(jpg|jpeg|png|webp|gif))$/;
export const photoList = (label = '照片') =>
  v.optional(
    v.pipe(
      v.array(v.pipe(v.string(`${label}应为文件编号`), v.regex(FILE_ID, `${label}无效，请重新上传`)), `${label}格式不正确`),
      v.maxLength(MAX_PHOTOS, `最多上传${MAX_PHOTOS}张${label}`),
      v.title(label),
    ),
    [],
  );

/** Free text that may be left empty; shown to others, so no markup. */
const optionalPlain = (label: string, max: number) =>
  v.optional(
    v.pipe(
      v.string(`${label}应为文字`),
      v.trim(),
      v.maxLength(max, `${label}不能超过${max}个字`),
      v.regex(/^[^<>]*$/, `${label}不能包含 < 或 > 等特殊符号`),
      v.title(label),
    ),
    '',
  );

export const categoryName = (label = '服务类别') =>
  v.pipe(v.string(`请选择${label}`), v.trim(), v.minLength(1, `请选择${label}`), v.maxLength(8, `${label}不能超过8个字`), v.title(label));

export const RequestCreateInput = input({
  category: categoryName(),
  description: plainText('问题描述', 10, 500),
  address: plainText('服务地址', 2, 100),
  phone: phone('联系电话'),
  preferredTime: oneOf('期望时间', PREFERRED_TIMES),
  photos: photoList(),
});
export type RequestCreate = v.InferInput<typeof RequestCreateInput>;
/** A request as the form holds it and the service receives it (after trimming and defaults). */
export type NewRequest = v.InferOutput<typeof RequestCreateInput>;

/** One request, by its id (详情, 撤回, 认领, 接单). */
export const RequestIdInput = input({ id: id('暖心事') });

export const RequestRateInput = input({
  id: id('暖心事'),
  stars: intRange('评分', 1, 5),
  tags: v.optional(v.pipe(v.array(oneOf('评价标签', QUICK_TAGS), '评价标签格式不正确'), v.maxLength(QUICK_TAGS.length, '评价标签过多'), v.title('评价标签')), []),
  comment: optionalPlain('评价留言', 200),
  resolved: oneOf('是否解决', RESOLUTIONS),
});

export const DispatchInput = input({ id: id('暖心事'), unitId: id('处理单位'), note: optionalPlain('派单说明', 200) });
export const PoolInput = input({ id: id('暖心事'), note: optionalPlain('派单说明', 200) });
export const DeclineInput = input({ id: id('暖心事'), reason: plainText('退回原因', 2, 100) });
export const CompleteInput = input({ id: id('暖心事'), note: plainText('办结说明', 5, 300), photos: photoList('办结照片') });
export const ReviewInput = input({
  id: id('暖心事'),
  target: oneOf('审核内容', ['request', 'rating']),
  decision: oneOf('审核结果', ['release', 'reject']),
  reason: optionalPlain('驳回原因', 100),
});

export const QueueInput = input({
  communityId: id('社区'),
  filter: oneOf('筛选', QUEUE_FILTERS),
  category: v.optional(categoryName()),
  /** Paging: the last id of the previous page. */
  cursor: v.optional(id('分页位置')),
});
export const TasksInput = input({ filter: oneOf('筛选', TASK_FILTERS), cursor: v.optional(id('分页位置')) });
export const CategoriesInput = input({ communityId: v.optional(id('社区')) });
export const SetCategoriesInput = input({
  communityId: id('社区'),
  categories: v.pipe(
    v.array(categoryName(), '服务类别格式不正确'),
    v.minLength(1, '至少保留一个服务类别'),
    v.maxLength(12, '服务类别最多12个'),
    v.check((list) => new Set(list).size === list.length, '服务类别不能重复'),
    v.title('服务类别'),
  ),
});
export const StatsInput = input({ communityId: id('社区'), month: month() });
/** The code of `<Button open-type="getPhoneNumber">`, exchanged on the server for the number. */
export const ContactPhoneInput = input({ code: v.pipe(v.string('授权码应为文字'), v.minLength(1, '缺少授权码'), v.maxLength(128, '授权码无效'), v.title('授权码')) });
