import * as v from 'valibot';
import { MAX_PHOTOS, QUEUE_FILTERS, QUICK_TAGS, RESOLUTIONS, TASK_FILTERS } from './models';
import { FILE_FOR_KINDS, FILED_SOURCES } from './sources';
import { NO_MARKUP, say } from '../fields';
import { id, input, intRange, month, oneOf, phone, plainText, text } from '../schema';
import { FILE_ID, REQUEST_FIELDS } from './fields';

/** 暖心事: the schemas of the requests actions; the words and result types are in models.ts. */

export const photoList = (label = '照片') =>
  v.optional(
    v.pipe(
      v.array(v.pipe(v.string(say.notFileId(label)), v.regex(FILE_ID, say.badFile(label))), say.notList(label)),
      v.maxLength(MAX_PHOTOS, say.tooManyFiles(label, MAX_PHOTOS)),
      v.title(label),
    ),
    [],
  );

/** Free text that may be left empty; shown to others, so no markup. */
const optionalPlain = (label: string, max: number) =>
  v.optional(
    v.pipe(
      v.string(say.notText(label)),
      v.trim(),
      v.maxLength(max, say.tooLong(label, max)),
      v.regex(NO_MARKUP, say.markup(label)),
      v.title(label),
    ),
    '',
  );

const { category, description, address, phone: contact, preferredTime, photos } = REQUEST_FIELDS;

export const categoryName = (label: string = category.label) =>
  v.pipe(v.string(say.choose(label)), v.trim(), v.minLength(1, say.choose(label)), v.maxLength(category.max, say.tooLong(label, category.max)), v.title(label));

/** Built from REQUEST_FIELDS, which the 暖心事 tab checks its form against without valibot (types/fields.ts). */
export const RequestCreateInput = input({
  category: categoryName(),
  description: plainText(description.label, description.min, description.max),
  address: plainText(address.label, address.min, address.max),
  phone: phone(contact.label),
  preferredTime: oneOf(preferredTime.label, preferredTime.values),
  photos: photoList(photos.label),
});
export type RequestCreate = v.InferInput<typeof RequestCreateInput>;
/** A request as the form holds it and the service receives it (after trimming and defaults). */
export type NewRequest = v.InferOutput<typeof RequestCreateInput>;

/**
 * 代点单 / 网格上报: a worker (or grid worker) files for someone else. Whom (`kind`) decides which of `residentId`,
 * `personName` and `phone` are needed; the service says which one is missing, in Chinese, naming the field.
 */
export const FileForInput = input({
  communityId: id('社区'),
  source: oneOf('来源', FILED_SOURCES),
  kind: oneOf('代谁点单', FILE_FOR_KINDS),
  residentId: v.optional(id('居民')),
  personName: v.optional(text('群众姓名', 1, 20)),
  category: categoryName(),
  description: plainText(description.label, description.min, description.max),
  address: plainText(address.label, address.min, address.max),
  phone: v.optional(phone(contact.label)),
  preferredTime: oneOf(preferredTime.label, preferredTime.values),
  photos: photoList(photos.label),
});
export const FileForPageInput = input({ communityId: v.optional(id('社区')) });

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
  /** 公共区域: the categories whose open requests neighbours see and second; absent keeps the current marks. */
  publicCategories: v.optional(
    v.pipe(v.array(categoryName('公共区域类别'), '公共区域类别格式不正确'), v.maxLength(12, '公共区域类别最多12个'), v.title('公共区域类别')),
  ),
});
/** 附议: the category chosen on the form, and the address typed there (its 小区 is what is matched). */
export const SimilarInput = input({
  category: categoryName(),
  address: v.optional(plainText(address.label, 1, address.max)),
});
/** `month` omitted: the current month on the server's clock (the device's may be another). */
export const StatsInput = input({ communityId: id('社区'), month: v.optional(month()) });
/** The code of `<Button open-type="getPhoneNumber">`, exchanged on the server for the number. */
export const ContactPhoneInput = input({ code: v.pipe(v.string('授权码应为文字'), v.minLength(1, '缺少授权码'), v.maxLength(128, '授权码无效'), v.title('授权码')) });
