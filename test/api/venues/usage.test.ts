import type { BookingKind, BookingStatus, UsageFigures, VenueUsage } from '../../../types';
import { createTestApp, snapshot, type TestApp } from '../../support/api-app';
import { dialectsUnderTest } from '../../support/databases';
import { hm, roomInput, staffCommunityId } from '../../support/venues';

jest.setTimeout(60_000);

/**
 * 场所利用率 over October 2026: 国庆节 is 1–7 October (a Monday to Wednesday among them), Saturday 10 October is a
 * 调休 workday, and the room's hours were changed on two dates (an extra morning on Thursday 15th, closed Saturday
 * 24th after a booking had been made). The room opens 错时: weekday evenings 18–21, weekends 9–21.
 */
const MONTH = '2026-10';
// 7 holiday days at weekend hours (84 h) + the 调休 Saturday at weekday hours (3 h) + 17 plain weekdays (51 h)
// + 6 plain weekend days (72 h) = 210 h; +3 h on the 15th, −12 h on the 24th.
const OPEN = (210 + 3 - 12) * 60;

describe.each(dialectsUnderTest())('venues.usage on %s', (dialect) => {
  let app: TestApp;
  let dar: number;
  let street: number;
  let district: number;
  let room: number;
  let neighbour: number;
  let usage: VenueUsage;

  async function put(venueId: number, date: string, start: number, end: number, kind: BookingKind, status: BookingStatus) {
    const at = `${date}T00:00:00.000Z`;
    await app.db
      .insertInto('venue_bookings')
      .values({
        venue_id: venueId, kind, status, date, start_min: start, end_min: end, hold_end_min: end, starts_at: at, ends_at: at,
        user_id: null, created_by: 1, person_name: '', person_phone: '', purpose: '', headcount: 1, reason: '', event_id: null,
        review_note: '', reviewed_by: null, checked_in_at: status === 'checked_in' ? at : null, created_at: at, updated_at: at,
      })
      .execute();
  }

  beforeAll(async () => {
    app = await createTestApp(dialect, { now: '2026-11-25T02:00:00.000Z' });
    dar = await staffCommunityId(app);
    const place = await app.db.selectFrom('communities').innerJoin('streets', 'streets.id', 'communities.street_id').select(['streets.id as street', 'streets.district_id as district']).where('communities.id', '=', dar).executeTakeFirstOrThrow();
    street = place.street;
    district = place.district;
    const other = await app.db.selectFrom('communities').select('id').where('name', '=', '兴旺社区').executeTakeFirstOrThrow();
    room = (await app.ok('demo-staff', 'venues.upsert', roomInput(dar))).id;
    neighbour = (await app.ok('demo-admin', 'venues.upsert', roomInput(other.id, { name: '兴旺书画室', address: '兴旺社区居民活动服务站' }))).id;
    await app.db.insertInto('venue_special_dates').values([
      { venue_id: room, date: '2026-10-15', kind: 'open', intervals: JSON.stringify([[hm(9), hm(12)], [hm(18), hm(21)]]), reason: '加开' },
      { venue_id: room, date: '2026-10-24', kind: 'closed', intervals: '[]', reason: '检修' },
    ]).execute();
    await put(room, '2026-10-05', hm(10), hm(12), 'booking', 'checked_in'); // a Monday of 国庆节: open at weekend hours
    await put(room, '2026-10-10', hm(18), hm(19), 'booking', 'no_show'); // the 调休 Saturday: open at weekday hours
    await put(room, '2026-10-15', hm(9), hm(10), 'booking', 'confirmed'); // the extra morning
    await put(room, '2026-10-24', hm(10), hm(11), 'booking', 'confirmed'); // booked before the room was closed that day
    await put(room, '2026-10-11', hm(9), hm(12), 'reserved', 'confirmed');
    await put(room, '2026-10-12', hm(18), hm(21), 'booking', 'cancelled');
    await put(room, '2026-09-30', hm(18), hm(21), 'booking', 'checked_in'); // another month
    await put(neighbour, '2026-10-17', hm(9), hm(21), 'booking', 'checked_in');
    usage = await app.ok('demo-staff', 'venues.usage', { level: 'community', placeId: dar, month: MONTH });
  });
  afterAll(() => app?.close());

  const figures = (over: Partial<UsageFigures>): UsageFigures => ({
    openMinutes: 0, bookedMinutes: 0, heldMinutes: 0, usedMinutes: 0, bookedShare: 0, heldShare: 0, usedShare: 0, bookings: 0, noShows: 0, noShowRate: 0, ...over,
  });

  it('counts open hours as the slot grid does through holidays, 调休 and changed hours, and clips a closed day', () => {
    const r = usage.rooms.find((x) => x.venueId === room)!;
    expect(r.month).toEqual(
      figures({ openMinutes: OPEN, bookedMinutes: 240, heldMinutes: 180, usedMinutes: 120, bookedShare: Math.round((240 / OPEN) * 1000) / 1000, heldShare: Math.round((180 / OPEN) * 1000) / 1000, usedShare: Math.round((120 / OPEN) * 1000) / 1000, bookings: 4, noShows: 1, noShowRate: 0.5 }),
    );
    expect(usage.weeks.map((w) => `${w.from}~${w.to}`)).toEqual(['2026-10-01~2026-10-04', '2026-10-05~2026-10-11', '2026-10-12~2026-10-18', '2026-10-19~2026-10-25', '2026-10-26~2026-10-31']);
    // 5–11 October: three holiday days (36 h), Thursday and Friday evenings (6 h), the 调休 Saturday (3 h), Sunday (12 h).
    expect(r.weeks[1]).toMatchObject({ openMinutes: 57 * 60, bookedMinutes: 180, heldMinutes: 180, usedMinutes: 120, noShows: 1 });
    expect(r.weeks[3]).toMatchObject({ openMinutes: (15 + 12) * 60, bookedMinutes: 0, bookings: 1 });
    expect(usage.total.openMinutes).toBe(OPEN);
    expect(usage.communities.map((c) => c.communityId)).toEqual([dar]);
  });

  it('draws the heat map from the same hours: the holiday Monday morning is open and was used', () => {
    const cell = (weekday: number, hour: number) => usage.heat.find((c) => c.weekday === weekday && c.hour === hour);
    expect(cell(1, 10)).toEqual({ weekday: 1, hour: 10, openMinutes: 60, busyMinutes: 60, share: 1 });
    expect(cell(6, 18)).toMatchObject({ busyMinutes: 60 }); // the 调休 Saturday evening
    expect(cell(2, 8)).toBeUndefined(); // the room never opens before 9
    expect(usage.heat.every((c) => c.busyMinutes <= c.openMinutes)).toBe(true);
  });

  it('without a month, answers the current month on the server’s clock, and says which month that is', async () => {
    // 2026-11-30 16:30 UTC is 12月1日 in Ordos: the month is the server's local one, whatever the device thinks.
    app.clock.set('2026-11-30T16:30:00.000Z');
    const current = await app.ok('demo-staff', 'venues.usage', { level: 'community', placeId: dar });
    expect([current.month, current.currentMonth]).toEqual(['2026-12', '2026-12']);
    const earlier = await app.ok('demo-staff', 'venues.usage', { level: 'community', placeId: dar, month: MONTH });
    expect([earlier.month, earlier.currentMonth]).toEqual([MONTH, '2026-12']);
    app.clock.set('2026-11-25T02:00:00.000Z');
  });

  it('rolls up a street: a worker sees the communities they serve, an admin all of them', async () => {
    const mine = await app.ok('demo-staff', 'venues.usage', { level: 'street', placeId: street, month: MONTH });
    expect(mine.communities.map((c) => c.name)).toEqual(['达尔罕社区']);
    expect(usage.up).toEqual({ level: 'street', placeId: street, name: '哈巴格希街道' });
    expect(mine.up).toMatchObject({ level: 'district', placeId: district });
    expect(mine.rooms.map((r) => r.venueId)).toEqual([room]);
    const all = await app.ok('demo-admin', 'venues.usage', { level: 'district', placeId: district, month: MONTH });
    expect(all.rooms.map((r) => r.venueId).sort()).toEqual([room, neighbour].sort());
    expect(all.total.usedMinutes).toBe(120 + 12 * 60);
    expect(all.communities.find((c) => c.name === '兴旺社区')!.month.usedMinutes).toBe(12 * 60);
  });

  it('sends CSV on request, one line per room and per room-week', async () => {
    const res = await app.ok('demo-staff', 'venues.usage', { level: 'community', placeId: dar, month: MONTH, csv: true });
    const lines = res.csv!.text.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(res.csv!.fileName).toBe('场所利用率-社区-达尔罕社区-2026-10.csv');
    expect(lines[0]).toBe('范围,社区,场所,时段,开放小时,预约小时,保留小时,签到使用小时,预约率,保留率,使用率,预约次数,未到场次数,未到场率');
    expect(lines).toHaveLength(1 + 1 + 1 + 1 + 5);
    expect(lines[3]).toBe(`达尔罕社区,达尔罕社区,文体活动室,2026-10,${OPEN / 60},4,3,2,${(Math.round((240 / OPEN) * 1000) / 10)}%,${Math.round((180 / OPEN) * 1000) / 10}%,${Math.round((120 / OPEN) * 1000) / 10}%,4,1,50%`);
  });

  it('refuses what it must, changing nothing', async () => {
    const before = await snapshot(app.db);
    expect(await app.call('demo-resident', 'venues.usage', { level: 'community', placeId: dar, month: MONTH })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await app.call('demo-staff', 'venues.usage', { level: 'district', placeId: 99999, month: MONTH })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: '找不到这个旗区' } });
    expect(await app.call('demo-staff', 'venues.usage', { level: 'street', placeId: street, month: '2026-13' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await app.call('demo-staff', 'venues.usage', { level: 'city', placeId: street, month: MONTH })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const nanyuan = await app.db.selectFrom('communities').select('id').where('name', '=', '南苑社区').executeTakeFirstOrThrow();
    expect(await app.call('demo-staff', 'venues.usage', { level: 'community', placeId: nanyuan.id, month: MONTH })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await snapshot(app.db)).toEqual(before);
  });
});
