import { sql, type CreateTableBuilder, type Kysely } from 'kysely';
import { dialectOf } from '../dialect';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyDb = Kysely<any>;

/** Instants are stored as UTC ISO-8601 text ('2026-11-28T11:00:00.000Z'): sortable and identical on both dialects. */
export const INSTANT = 'varchar(32)';
/** Local calendar dates (Asia/Shanghai) as 'YYYY-MM-DD'. */
export const LOCAL_DATE = 'varchar(10)';

/** CREATE TABLE with InnoDB + utf8mb4 on MySQL, so Chinese text always fits. */
export function createTable(db: AnyDb, name: string): CreateTableBuilder<string, never> {
  const builder = db.schema.createTable(name);
  return dialectOf(db) === 'mysql'
    ? builder.modifyEnd(sql`engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci`)
    : builder;
}
