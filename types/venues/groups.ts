import * as v from 'valibot';
import { date, id, input, intRange, labelled, oneOf, optionalText, phone, plainText } from '../schema';
import { GROUP_KINDS, MAX_SERIES_WEEKS } from './group-models';

/**
 * Resident groups (合唱队, 书画社, a social organisation) that a worker registers with a contact person, the rooms it
 * may use and a weekly quota of its own; the contact books the same slot every week (固定时段) for up to 12 weeks.
 */



const minute = (label: string) => intRange(label, 0, 1440);

/** A worker registers a group (or changes it: `id`): its contact is a registered resident found by their phone. */
export const GroupUpsertInput = input({
  id: v.optional(id('团体')),
  communityId: id('社区'),
  name: plainText('团体名称', 2, 20),
  kind: oneOf('团体类型', GROUP_KINDS),
  contactPhone: phone('联系人手机号'),
  venueIds: v.pipe(v.array(id('可用场地'), '可用场地格式不正确'), v.minLength(1, '请至少选择一个可用场地'), v.maxLength(8, '可用场地最多8个'), v.title('可用场地')),
  weeklyMinutes: intRange('每周时长额度', 30, 1440),
  active: labelled('是否启用', v.boolean('是否启用应为是或否')),
});

const seriesPlan = {
  groupId: id('团体'),
  venueId: id('场地'),
  firstDate: date('首次日期'),
  weeks: intRange('周数', 1, MAX_SERIES_WEEKS),
  start: minute('开始时间'),
  end: minute('结束时间'),
};

/** Which weeks of a series can be had, before it is sent. */
export const SeriesPlanInput = input(seriesPlan);
export const SeriesCreateInput = input({ ...seriesPlan, purpose: plainText('用途', 2, 50), headcount: intRange('人数', 1, 1000) });
export const SeriesRef = input({ seriesId: id('固定时段') });
export const SeriesReviewInput = input({
  seriesId: id('固定时段'),
  decision: oneOf('审核结果', ['approve', 'reject']),
  note: optionalText('审核意见', 100),
});
/** Cancel one occurrence, or it and every later one. */
export const SeriesCancelInput = input({
  seriesId: id('固定时段'),
  bookingId: id('场次'),
  scope: oneOf('取消范围', ['one', 'later']),
  reason: optionalText('取消原因', 50),
});
