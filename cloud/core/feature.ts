import type { Migration } from 'kysely';
import type { Seeder } from '../db/seed';
import type { AllHandlers } from './handler';
import type { TickJob } from './job';
import type { PushHandler } from './push';
import type { PushCredits } from './push-credits';

export type { Seeder };

/**
 * A feature's front door: everything it brings, listed once in `cloud/features/index.ts`. Start-up hands the parts to
 * those who need them (handlers to the router, migrations to the migrator, jobs to the tick, seeders to the seed run),
 * so none of them imports a feature. Its tables join `Database` by declaration merging in the feature's `tables.ts`.
 */
export interface Feature<H extends Partial<AllHandlers> = Partial<AllHandlers>> {
  name: string;
  /** One handler per action of the feature's part of the contract. */
  handlers: H;
  /** Named `NNNN-<feature>[-<what>]`; names sort across features and are never renamed once released. */
  migrations?: Record<string, Migration>;
  jobs?: TickJob[];
  seeders?: Seeder[];
  /** The one feature that counts subscribe-message acceptances hands them to the outbox (cloud/scheduler). */
  pushCredits?: PushCredits;
  /** WeChat message pushes the feature receives, by their `Event` (e.g. wxa_media_check). */
  pushes?: Record<string, PushHandler>;
}

export const defineFeature = <H extends Partial<AllHandlers>>(feature: Feature<H>): Feature<H> => feature;
