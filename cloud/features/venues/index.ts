import { defineFeature } from '../../core/feature';
import { venuesHandlers } from './handlers';
import { groupsMigration, venuesMigration } from './data/migrations';
import { venueBookingsJob } from './jobs';
import { seedVenues } from './seed/seed';

/** Activity rooms opened 错时 and by reservation: slots, bookings, approvals, holds, no-shows. */
export const venues = defineFeature({
  name: 'venues',
  handlers: venuesHandlers,
  migrations: { '0004-venues': venuesMigration, '0014-venues-groups': groupsMigration },
  jobs: [venueBookingsJob],
  seeders: [{ name: 'venues', run: seedVenues }],
});
