import path from 'node:path';
import type { Kysely } from 'kysely';
import { connectMysql } from './mysql';
import type { Database } from './schema';
import { connectSqlite } from './sqlite';

export const DEFAULT_SQLITE_FILE = path.resolve('var', 'nuanxin.sqlite');

export interface ConnectOptions {
  /** MySQL: the most connections this process opens (default 10; the cloud entry asks for 2). */
  poolSize?: number;
}

/**
 * `mysql://…` → MySQL/MariaDB; `sqlite:<file>`, a bare path or nothing → SQLite (default under var/).
 */
export function connect(url: string | undefined, opts: ConnectOptions = {}): Kysely<Database> {
  if (url && /^mysql:\/\//.test(url)) return connectMysql(url, opts.poolSize);
  if (!url) return connectSqlite(DEFAULT_SQLITE_FILE);
  return connectSqlite(url.replace(/^sqlite:(\/\/)?/, ''));
}
