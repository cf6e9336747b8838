import type { VenueDetail } from '../../../types';
import { createTestApp, snapshot, type TestApp } from '../../support/api-app';
import { dialectsUnderTest } from '../../support/databases';
import { bookingInput, createRoom, hm, requestId } from '../../support/venues';

// Now: Wednesday 2026-11-25 10:00 in Ordos. Default rules: a week ahead, 4 hours a week and 2 upcoming per resident.
describe.each(dialectsUnderTest())('the room page in one call on %s', (dialect) => {
  let app: TestApp;
  let room: VenueDetail;

  beforeAll(async () => {
    app = await createTestApp(dialect);
    room = await createRoom(app);
  });
  afterAll(() => app.close());

  it('draws the venue, its week of slots and what the resident may still book', async () => {
    const before = await snapshot(app.db);
    const page = await app.ok('demo-resident', 'venues.page', { venueId: room.id });
    expect(await snapshot(app.db)).toEqual(before);
    expect(page.venue).toMatchObject({ id: room.id, name: '文体活动室', canManage: false, rules: { minNoticeMinutes: 120, cancelDeadlineMinutes: 120 } });
    expect(page.slots.days.map((d) => d.date)).toEqual(['2026-11-25', '2026-11-26', '2026-11-27', '2026-11-28', '2026-11-29', '2026-11-30', '2026-12-01']);
    expect(page.slots).toMatchObject({ venueId: room.id, today: '2026-11-25', slotMinutes: 60, maxSlotsPerBooking: 3 });
    expect(page.allowance).toEqual({
      weeks: [
        { first: '2026-11-23', last: '2026-11-29', usedMinutes: 0, minutesLeft: 240 },
        { first: '2026-11-30', last: '2026-12-06', usedMinutes: 0, minutesLeft: 240 },
      ],
      maxMinutesPerWeek: 240,
      upcoming: 0,
      maxUpcoming: 2,
    });
  });

  it('counts the resident’s own bookings by week, as the booking itself would', async () => {
    await app.ok('demo-resident', 'bookings.create', bookingInput(room.id, '2026-11-26', hm(18), hm(21)), requestId());
    const page = await app.ok('demo-resident', 'venues.page', { venueId: room.id });
    expect(page.allowance.weeks[0]).toEqual({ first: '2026-11-23', last: '2026-11-29', usedMinutes: 180, minutesLeft: 60 });
    expect(page.allowance.weeks[1].minutesLeft).toBe(240);
    expect(page.allowance.upcoming).toBe(1);
    // What the page says is what booking meets: two more hours this week are refused, one is not.
    const tooLong = await app.call('demo-resident', 'bookings.create', bookingInput(room.id, '2026-11-28', hm(9), hm(11)), requestId());
    expect(tooLong).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: '每人每周在本场地最多预约4小时，本周还可预约1小时' } });
    await app.ok('demo-resident', 'bookings.create', bookingInput(room.id, '2026-11-28', hm(9), hm(10)), requestId());
    const full = await app.ok('demo-resident', 'venues.page', { venueId: room.id });
    expect(full.allowance).toMatchObject({ upcoming: 2, weeks: [{ minutesLeft: 0 }, { minutesLeft: 240 }] });
    // Another resident's allowance is their own.
    expect((await app.ok('demo-resident-2', 'venues.page', { venueId: room.id })).allowance).toMatchObject({ upcoming: 0, weeks: [{ usedMinutes: 0 }, { usedMinutes: 0 }] });
  });

  it('gives the room’s workers two weeks of slots', async () => {
    const page = await app.ok('demo-staff', 'venues.page', { venueId: room.id });
    expect(page.venue.canManage).toBe(true);
    expect(page.slots.days).toHaveLength(14);
    expect(page.allowance.weeks.map((w) => w.first)).toEqual(['2026-11-23', '2026-11-30', '2026-12-07']);
  });
});
