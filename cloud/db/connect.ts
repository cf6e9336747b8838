import path from 'node:path';
import type { Kysely } from 'kysely';
import { connectMysql } from './mysql';
import type { Database } from './schema';
import { connectSqlite } from './sqlite';

export const DEFAULT_SQLITE_FILE = path.resolve('var', 'nuanxin.sqlite');

/**
 * `mysql://…` → MySQL/MariaDB; `sqlite:<file>`, a bare path or nothing → SQLite (default under var/).
 */
export function connect(url: string | undefined): Kysely<Database> {
  if (url && /^mysql:\/\//.test(url)) return connectMysql(url);
  if (!url) return connectSqlite(DEFAULT_SQLITE_FILE);
  return connectSqlite(url.replace(/^sqlite:(\/\/)?/, ''));
}
