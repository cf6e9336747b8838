import { Kysely, MysqlDialect } from 'kysely';
import type { Database } from './schema';

/** MySQL / MariaDB through mysql2's callback pool (Kysely's MysqlDialect does not take mysql2/promise). */
export function connectMysql(url: string, connectionLimit = 20): Kysely<Database> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const mysql = require('mysql2') as typeof import('mysql2');
  const pool = mysql.createPool({
    uri: url,
    charset: 'utf8mb4',
    dateStrings: true,
    timezone: 'Z',
    connectionLimit,
    supportBigNumbers: true,
  });
  return new Kysely<Database>({ dialect: new MysqlDialect({ pool }) });
}
