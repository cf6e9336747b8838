import { defineFeature } from '../../core/feature';
import { eventsHandlers } from './handlers';
import { eventsMigration, ratingIndexMigration, removalReasonMigration } from './data/migrations';
import { eventRemindersJob } from './jobs';
import { seedDemoEvents } from './seed/seed';

/** The community activity calendar: events, sign-ups with a waitlist, check-in, ratings. */
export const events = defineFeature({
  name: 'events',
  handlers: eventsHandlers,
  migrations: { '0003-events': eventsMigration, '0011-events-removal-reason': removalReasonMigration, '0012-events-rating-index': ratingIndexMigration },
  jobs: [eventRemindersJob],
  seeders: [{ name: 'events', run: seedDemoEvents }],
});
