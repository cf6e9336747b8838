import { dialectsUnderTest } from '../../support/databases';
import { snapshot } from '../../support/api-app';
import { eventInput, rid } from '../../support/events-fixtures';
import { bookingInput, hm, requestId, venueSuite } from '../../support/venues';

// An event held in a venue holds that venue's slots (issues 3 and 4): 社区保留 with the event's title, never bookable.
describe.each(dialectsUnderTest())('events held in venues on %s', (dialect) => {
  const s = venueSuite(dialect);
  const SATURDAY = '2026-11-28';

  const slotsOn = async (date: string) => (await s.app.ok('demo-resident', 'venues.slots', { venueId: s.room.id, from: date })).days[0].slots;
  const slotAt = async (date: string, start: number) => (await slotsOn(date)).find((x) => x.start === start)!;
  const createHeld = (change: Parameters<typeof eventInput>[1]) =>
    s.app.call('demo-staff', 'events.create', eventInput(s.communityId, { venueId: s.room.id, ...change }), rid());

  it('shows the event’s slots as 社区保留 with its title, refuses bookings there, and frees them when it is cancelled', async () => {
    const created = await createHeld({ title: '重阳节敬老文艺汇演', startsAt: `${SATURDAY}T19:00:00+08:00`, endsAt: `${SATURDAY}T21:00:00+08:00` });
    expect(created.ok).toBe(true);
    const eventId = created.ok ? (created.data as { eventIds: number[] }).eventIds[0] : 0;

    expect(await slotAt(SATURDAY, hm(19))).toMatchObject({ state: 'reserved', note: '重阳节敬老文艺汇演' });
    expect(await slotAt(SATURDAY, hm(20))).toMatchObject({ state: 'reserved' });
    expect(await slotAt(SATURDAY, hm(18))).toMatchObject({ state: 'free' });

    const booking = await s.app.call('demo-resident', 'bookings.create', bookingInput(s.room.id, SATURDAY, hm(19), hm(20)), requestId());
    expect(booking).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });

    await s.app.ok('demo-staff', 'events.cancelEvent', { id: eventId, reason: '天气原因改期' });
    expect(await slotAt(SATURDAY, hm(19))).toMatchObject({ state: 'free' });
  });

  it('moves the hold when the event moves', async () => {
    const created = await s.app.ok('demo-staff', 'events.create', eventInput(s.communityId, { venueId: s.room.id, title: '政策宣讲', startsAt: `${SATURDAY}T09:00:00+08:00`, endsAt: `${SATURDAY}T10:00:00+08:00` }), rid());
    const id = created.eventIds[0];
    const { communityId: _community, ...fields } = eventInput(s.communityId, {
      venueId: s.room.id,
      title: '政策宣讲',
      startsAt: `${SATURDAY}T11:00:00+08:00`,
      endsAt: `${SATURDAY}T12:00:00+08:00`,
    });
    await s.app.ok('demo-staff', 'events.update', { id, ...fields });
    expect(await slotAt(SATURDAY, hm(9))).toMatchObject({ state: 'free' });
    expect(await slotAt(SATURDAY, hm(11))).toMatchObject({ state: 'reserved', note: '政策宣讲' });
  });

  it('refuses an event over a booked slot and writes nothing', async () => {
    await s.app.ok('demo-resident', 'bookings.create', bookingInput(s.room.id, SATURDAY, hm(14), hm(15)), requestId());
    const before = await snapshot(s.app.db);
    const clash = await createHeld({ title: '亲子课堂', startsAt: `${SATURDAY}T14:00:00+08:00`, endsAt: `${SATURDAY}T16:00:00+08:00` });
    expect(clash).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await snapshot(s.app.db)).toEqual(before);
  });

  it('refuses a venue that does not exist', async () => {
    const res = await s.app.call('demo-staff', 'events.create', eventInput(s.communityId, { venueId: 99999 }), rid());
    expect(res).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', field: 'venueId' } });
  });
});
