import * as v from 'valibot';
import { MeUpdateInput } from '../../types/people';
import { BookingCreateInput, VenueRulesInput } from '../../types/venues/schemas';
import { date, describeIssue, instant } from '../../types/schema';

const first = (schema: v.GenericSchema, value: unknown) => {
  const r = v.safeParse(schema, value);
  return r.success ? null : describeIssue(r.issues[0]);
};

describe('shared schemas speak Chinese', () => {
  it('names the field of the first problem', () => {
    expect(first(MeUpdateInput, { phone: '110' })).toEqual({ field: 'phone', message: '手机号格式不正确，请填写11位手机号' });
    expect(first(MeUpdateInput, { extra: 1 })).toEqual({ field: 'extra', message: '不支持的字段：extra' });
    expect(first(MeUpdateInput, { name: 5 })).toEqual({ field: 'name', message: '姓名应为文字' });
  });

  it('accepts an empty phone to clear it, and trims names', () => {
    expect(v.parse(MeUpdateInput, { phone: '', name: '  王秀兰 ' })).toEqual({ phone: '', name: '王秀兰' });
  });

  it('checks calendar dates and instants for real', () => {
    expect(first(date('日期'), '2026-02-30')?.message).toBe('日期不是有效日期');
    expect(first(date('日期'), '2028-02-29')).toBeNull();
    expect(first(instant('开始时间'), '2026-11-28T19:00:00+08:00')).toBeNull();
    expect(first(instant('开始时间'), '2026-11-28 19:00')?.message).toBe('开始时间格式不正确');
  });
});

describe('a missing field is named in Chinese', () => {
  const booking = { venueId: 7, date: '2026-11-26', start: 1080, end: 1200, purpose: '排练', contactName: '王秀兰', contactPhone: '13847701234' };

  it('names a field left out by its label, not its key', () => {
    expect(first(BookingCreateInput, booking)).toEqual({ field: 'headcount', message: '缺少必填项：人数' });
  });

  it('names a field the form sent empty the same way', () => {
    expect(first(BookingCreateInput, { ...booking, headcount: undefined })).toEqual({ field: 'headcount', message: '缺少必填项：人数' });
  });

  it('names a field of a nested object by its own label', () => {
    const r = v.safeParse(VenueRulesInput, {});
    expect(r.success ? null : describeIssue(r.issues[0]).message).toBe('缺少必填项：是否需审核');
  });
});
