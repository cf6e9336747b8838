import type { CoreTables } from './core-tables';

/**
 * The whole database as Kysely sees it. The database layer knows only the core tables; each feature adds its own
 * by declaration merging in its `tables.ts` (`declare module '…/db/schema' { interface Database extends … {} }`).
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface Database extends CoreTables {}
