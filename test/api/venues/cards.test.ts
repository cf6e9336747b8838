import { dialectsUnderTest } from '../../support/databases';
import { bookingInput, createRoom, hm, requestId, venueSuite } from '../../support/venues';

// Now: Wednesday 2026-11-25 10:00 in Ordos. The cards of venues.list / venues.managed read every venue's bookings and
// special dates in one batch; each card's next free slot must be the one the venue's own page finds (read alone).
describe.each(dialectsUnderTest())('venue cards on %s', (dialect) => {
  const suite = venueSuite(dialect);

  it('every card’s next free slot is the one its page shows, for several venues with their own hours, windows and bookings', async () => {
    const { app, room } = suite;
    const closedMidweek: [number, number][][] = [[[hm(9), hm(12)]], [[hm(9), hm(12)]], [], [], [], [[hm(14), hm(16)]], []];
    const short = await createRoom(app, { name: '调解室', weekly: closedMidweek, rules: { bookingWindowDays: 3 } });
    const shared = await createRoom(app, { name: '街道共享会议室', streetWide: true });
    const stopped = await createRoom(app, { name: '旧书屋', active: false });
    await app.ok('demo-resident', 'bookings.create', bookingInput(room.id, '2026-11-25', hm(18), hm(19)), requestId());

    const list = await app.ok('demo-resident', 'venues.list', {});
    const managed = await app.ok('demo-staff', 'venues.managed', {});
    expect(list.venues.map((v) => v.name)).toEqual(expect.arrayContaining(['文体活动室', '调解室', '街道共享会议室']));
    expect(managed.map((v) => v.id)).toEqual(expect.arrayContaining([room.id, short.id, shared.id, stopped.id]));
    expect(list.venues.find((v) => v.id === room.id)?.nextFree).toEqual({ date: '2026-11-25', start: hm(19), end: hm(20) });
    expect(list.venues.find((v) => v.id === short.id)?.nextFree).toBeNull(); // closed Wednesday to Friday; Saturday is past its 3-day window
    expect(managed.find((v) => v.id === stopped.id)?.nextFree).toBeNull();

    for (const card of [...list.venues, ...managed.filter((v) => v.id !== stopped.id)]) {
      const page = await app.ok('demo-resident', 'venues.get', { venueId: card.id });
      expect({ id: card.id, nextFree: card.nextFree }).toEqual({ id: card.id, nextFree: page.nextFree });
    }
  });
});
