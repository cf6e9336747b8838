import { defineFeature } from '../../core/feature';
import { peopleHandlers } from './handlers';
import { peopleMigration } from './data/migrations';
import { seedPeople, seedRegions } from './seed/seed';

/** People and places: who the caller is, their community, the region tree, workers' roles. */
export const people = defineFeature({
  name: 'people',
  handlers: peopleHandlers,
  migrations: { '0002-people': peopleMigration },
  seeders: [
    { name: 'regions', base: true, run: (db) => seedRegions(db) },
    { name: 'people', base: true, run: seedPeople },
  ],
});
