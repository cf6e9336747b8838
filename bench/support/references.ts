import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Pool, PoolConnection } from 'mysql2';
import { DEFAULT_POOL_SIZE } from '../../cloud/db/mysql';

/**
 * The minimal servers the bench compares the project with: node:http, JSON in and out, and the one transaction a
 * sign-up needs — BEGIN; the seat gate UPDATE; INSERT the sign-up; COMMIT — on the same driver the project uses
 * (mysql2 through the same latency proxy with the same pool size, or better-sqlite3 on a WAL file). No router, no
 * caller lookup, no idempotency, no audit: what the database allows for one hot row.
 */
export interface Reference {
  port: number;
  /** The seats confirmed and the rows written, to check the reference was right too. */
  check(): Promise<{ taken: number; rows: number }>;
  close(): Promise<void>;
}

const SCHEMA = [
  'CREATE TABLE ref_events (id INTEGER PRIMARY KEY, capacity INTEGER NOT NULL, taken INTEGER NOT NULL, seq INTEGER NOT NULL)',
  `CREATE TABLE ref_signups (id INTEGER PRIMARY KEY AUTO_INCREMENT, event_id INTEGER NOT NULL, user_id INTEGER NOT NULL, status VARCHAR(16) NOT NULL,
     UNIQUE (event_id, user_id), FOREIGN KEY (event_id) REFERENCES ref_events (id))`,
];
const GATE = 'UPDATE ref_events SET taken = taken + 1 WHERE id = 1 AND taken < capacity';
const INSERT = 'INSERT INTO ref_signups (event_id, user_id, status) VALUES (1, ?, ?)';

function serve(handle: (user: number) => Promise<string>): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const { user } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { user: number };
      handle(user).then(
        (status) => res.end(JSON.stringify({ ok: true, data: { status } })),
        (err: Error) => res.end(JSON.stringify({ ok: false, error: { code: 'INTERNAL', message: err.message } })),
      );
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const closeServer = (server: http.Server) => new Promise((resolve) => server.close(resolve));

export async function mysqlReference(url: string, seats: number, tag: string): Promise<Reference> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const mysql = require('mysql2') as typeof import('mysql2');
  const pool: Pool = mysql.createPool({ uri: url, connectionLimit: DEFAULT_POOL_SIZE, maxIdle: DEFAULT_POOL_SIZE });
  const q = (c: Pool | PoolConnection, sql: string, params: unknown[] = []) =>
    new Promise<{ affectedRows?: number } & unknown[]>((resolve, reject) => c.query(sql, params, (err, r) => (err ? reject(err) : resolve(r as never))));
  // Tables of their own per run (tag), on the app's server and database.
  const own = (text: string) => text.replace(/ref_(events|signups)/g, `ref_$1_${tag}`);
  for (const s of SCHEMA) await q(pool, own(s));
  await q(pool, own('INSERT INTO ref_events VALUES (1, ?, 0, 0)'), [seats]);
  const server = await serve(async (user) => {
    const c = await new Promise<PoolConnection>((resolve, reject) => pool.getConnection((err, conn) => (err ? reject(err) : resolve(conn))));
    try {
      await q(c, 'BEGIN');
      const gate = await q(c, own(GATE));
      const status = gate.affectedRows === 1 ? 'confirmed' : 'waitlisted';
      await q(c, own(INSERT), [user, status]);
      await q(c, 'COMMIT');
      return status;
    } catch (err) {
      await q(c, 'ROLLBACK').catch(() => undefined);
      throw err;
    } finally {
      c.release();
    }
  });
  return {
    port: (server.address() as AddressInfo).port,
    check: async () => {
      const [e] = (await q(pool, own('SELECT taken FROM ref_events WHERE id = 1'))) as unknown as { taken: number }[];
      const [n] = (await q(pool, own('SELECT COUNT(*) AS n FROM ref_signups'))) as unknown as { n: number }[];
      return { taken: Number(e.taken), rows: Number(n.n) };
    },
    close: async () => {
      await closeServer(server);
      await new Promise((resolve) => pool.end(resolve));
    },
  };
}

export async function sqliteReference(seats: number): Promise<Reference> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const Database = require('better-sqlite3') as typeof import('better-sqlite3');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nuanxin-ref-'));
  const db = new Database(path.join(dir, 'ref.sqlite'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  for (const s of SCHEMA) db.exec(s.replace('AUTO_INCREMENT', 'AUTOINCREMENT'));
  db.prepare('INSERT INTO ref_events VALUES (1, ?, 0, 0)').run(seats);
  const gate = db.prepare(GATE);
  const insert = db.prepare(INSERT);
  const begin = db.prepare('BEGIN');
  const commit = db.prepare('COMMIT');
  const server = await serve(async (user) => {
    begin.run();
    try {
      const status = gate.run().changes === 1 ? 'confirmed' : 'waitlisted';
      insert.run(user, status);
      commit.run();
      return status;
    } catch (err) {
      db.exec('ROLLBACK');
      throw err;
    }
  });
  return {
    port: (server.address() as AddressInfo).port,
    check: async () => ({
      taken: (db.prepare('SELECT taken FROM ref_events WHERE id = 1').get() as { taken: number }).taken,
      rows: (db.prepare('SELECT COUNT(*) AS n FROM ref_signups').get() as { n: number }).n,
    }),
    close: async () => {
      await closeServer(server);
      db.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
