import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface TestDatabase {
  dialect: 'sqlite' | 'mysql';
  url: string;
  drop(): Promise<void>;
}

/** The dialects the API suite runs on: SQLite always, MySQL/MariaDB when MYSQL_URL is set (CI sets it). */
export function dialectsUnderTest(): ('sqlite' | 'mysql')[] {
  return process.env.MYSQL_URL ? ['sqlite', 'mysql'] : ['sqlite'];
}

/** A fresh, empty database of the dialect: a temp SQLite file, or a new utf8mb4 database on the MySQL server. */
export async function createTestDatabase(dialect: 'sqlite' | 'mysql'): Promise<TestDatabase> {
  const tag = `${process.pid}_${crypto.randomBytes(4).toString('hex')}`;
  if (dialect === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nuanxin-test-'));
    return {
      dialect,
      url: path.join(dir, `test_${tag}.sqlite`),
      drop: async () => fs.rmSync(dir, { recursive: true, force: true }),
    };
  }
  const server = new URL(process.env.MYSQL_URL as string);
  const name = `nx_test_${tag}`;
  await adminQuery(server, `CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  const url = new URL(server.toString());
  url.pathname = `/${name}`;
  return { dialect, url: url.toString(), drop: () => adminQuery(server, `DROP DATABASE IF EXISTS \`${name}\``) };
}

async function adminQuery(server: URL, statement: string): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const mysql = require('mysql2/promise') as typeof import('mysql2/promise');
  const conn = await mysql.createConnection({ uri: server.toString() });
  try {
    await conn.query(statement);
  } finally {
    await conn.end();
  }
}
