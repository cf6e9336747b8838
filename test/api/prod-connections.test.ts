import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { Kysely, MysqlDialect, sql } from 'kysely';
import { isConnectionLost, lostTransactionOf } from '../../cloud/db/dialect';
import { inTransaction, type Db } from '../../cloud/db/tx';
import { CLOUD_POOL_SIZE, cloudEntry, poolSizeFrom } from '../../cloud/main';
import { ManualClock } from '../../cloud/platform/clock';
import { createLocalPlatform } from '../../cloud/platform/local';
import { silentLogger } from '../../cloud/platform/log';
import { createWechatPlatform } from '../../cloud/platform/wechat';
import type { WxSdk } from '../../cloud/platform/wechat/sdk';
import { createRuntime, seedDemo } from '../../cloud/runtime';
import { createTestDatabase, dialectsUnderTest, type TestDatabase } from '../support/databases';

// Connections of a cloud instance: a small pool per instance, kept across warm invocations, and a dead connection
// (closed by the server while the instance was frozen) survived where that is safe.

const refuse = () => Promise.reject(new Error('no WeChat here'));
const fakeSdk = (openid: string): WxSdk => ({
  getWXContext: () => ({ OPENID: openid, SOURCE: 'wx_client' }),
  openapi: { subscribeMessage: { send: refuse }, security: { msgSecCheck: refuse } },
  getTempFileURL: refuse,
});

describe('NUANXIN_DB_POOL', () => {
  it.each([
    [undefined, CLOUD_POOL_SIZE],
    ['3', 3],
    ['1', 1],
    ['0', CLOUD_POOL_SIZE],
    ['2.5', CLOUD_POOL_SIZE],
    ['many', CLOUD_POOL_SIZE],
    ['500', CLOUD_POOL_SIZE],
  ])('%s → %d connections per instance', (value, size) => {
    expect(poolSizeFrom(value === undefined ? {} : { NUANXIN_DB_POOL: value })).toBe(size);
  });

  it('is small by default: an instance serves one request at a time', () => {
    expect(CLOUD_POOL_SIZE).toBeLessThanOrEqual(3);
  });
});

describe.each(dialectsUnderTest())('%s: a warm instance', (dialect) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(dialect);
  });
  afterAll(() => database.drop());

  it('boots once and keeps its runtime (and its connections) for the next invocations', async () => {
    let configured = 0;
    const main = cloudEntry(() => {
      configured++;
      return {
        databaseUrl: database.url,
        platform: createWechatPlatform({ clock: new ManualClock('2026-11-25T02:00:00Z'), log: silentLogger, sdk: () => fakeSdk('demo-resident') }),
        seedDemo: true,
        poolSize: 1,
      };
    });
    for (let i = 0; i < 3; i++) expect(await main({ action: 'me.get', payload: {} }, {})).toMatchObject({ ok: true, data: { name: '王秀兰' } });
    expect(configured).toBe(1);
    if (dialect === 'mysql') expect(await serverConnections(database.url)).toHaveLength(1);
    await main.close();
  });
});

// MySQL only: what follows is about the MySQL server closing connections.
for (const dialect of dialectsUnderTest().filter((d) => d === 'mysql')) {
  describe(`${dialect}: connections`, () => {
    let database: TestDatabase;
    let rt: Awaited<ReturnType<typeof createRuntime>>;
    beforeAll(async () => {
      database = await createTestDatabase(dialect);
      const platform = createLocalPlatform({ clock: new ManualClock('2026-11-25T02:00:00Z'), dataDir: path.join(__dirname, 'unused'), log: silentLogger });
      rt = await createRuntime({ databaseUrl: database.url, platform, seedDemo: false, poolSize: 2 });
      await seedDemo(rt, 'base');
    });
    afterAll(async () => {
      await rt.db.destroy();
      await database.drop();
    });

    it('opens no more connections than the pool size, however many queries wait', async () => {
      const ids = await Promise.all(
        Array.from({ length: 6 }, () => sql<{ id: number }>`select connection_id() as id, sleep(0.2) as s`.execute(rt.db).then((r) => Number(r.rows[0].id))),
      );
      expect(new Set(ids).size).toBeLessThanOrEqual(2);
      expect((await serverConnections(database.url)).length).toBeLessThanOrEqual(2);
    });

    describe('a connection the server closed between two calls (KILL, as wait_timeout does to a frozen instance)', () => {
      it('breaks the first query of the stock driver (the situation is real)', async () => {
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        const mysql = require('mysql2') as typeof import('mysql2');
        const stock = new Kysely<unknown>({ dialect: new MysqlDialect({ pool: mysql.createPool({ uri: database.url, connectionLimit: 1 }) }) });
        try {
          const id = Number((await sql<{ id: number }>`select connection_id() as id`.execute(stock)).rows[0].id);
          killFrozen(id);
          expect(isConnectionLost(await rejection(sql`select 1`.execute(stock)))).toBe(true);
        } finally {
          await stock.destroy();
        }
      });

      it('the cloud entry answers the next call: a read is sent again, once, on a fresh connection', async () => {
        const own = await createTestDatabase(dialect);
        const main = cloudEntry(() => ({
          databaseUrl: own.url,
          platform: createWechatPlatform({ clock: new ManualClock('2026-11-25T02:00:00Z'), log: silentLogger, sdk: () => fakeSdk('demo-resident') }),
          seedDemo: true,
          poolSize: 1,
        }));
        try {
          expect(await main({ action: 'me.get', payload: {} }, {})).toMatchObject({ ok: true });
          const before = await serverConnections(own.url);
          expect(before).toHaveLength(1);
          killFrozen(before[0]);
          expect(await main({ action: 'me.get', payload: {} }, {})).toMatchObject({ ok: true, data: { name: '王秀兰' } });
          const after = await serverConnections(own.url);
          expect(after).toHaveLength(1);
          expect(after[0]).not.toBe(before[0]);
        } finally {
          await main.close();
          await own.drop();
        }
      });

      it('a transaction starts again on a fresh connection when its BEGIN meets the dead one', async () => {
        const id = await ownConnection(rt.db);
        killFrozen(id);
        await inTransaction(rt.db, (trx) => trx.insertInto('app_settings').values({ name: 'probe-begin', value: 'x' }).execute());
        expect(await settings(rt.db, 'probe-begin')).toBe(1);
      });

      it('a write outside a transaction is not sent again: its answer never came back, it may have committed', async () => {
        const id = await ownConnection(rt.db);
        killFrozen(id);
        const write = rt.db.insertInto('app_settings').values({ name: 'probe-write', value: 'x' }).execute();
        expect(isConnectionLost(await rejection(write))).toBe(true);
        // The pool has let the dead connection go: the next call works.
        expect(await settings(rt.db, 'probe-write')).toBe(0);
      });

      it('a transaction whose connection died before COMMIT is run once more (the server rolled it back)', async () => {
        let attempts = 0;
        await inTransaction(rt.db, async (trx) => {
          attempts++;
          await trx.insertInto('app_settings').values({ name: 'probe-retried', value: String(attempts) }).execute();
          if (attempts === 1) killFrozen(await ownConnection(trx));
          await trx.selectFrom('app_settings').select('name').where('name', '=', 'probe-retried').execute();
        });
        expect(attempts).toBe(2);
        expect(await rt.db.selectFrom('app_settings').select('value').where('name', '=', 'probe-retried').execute()).toEqual([{ value: '2' }]);
      });

      it('a transaction whose connection died under COMMIT is never run again: it may have committed', async () => {
        let attempts = 0;
        const tx = inTransaction(rt.db, async (trx) => {
          attempts++;
          await trx.insertInto('app_settings').values({ name: 'probe-commit', value: 'x' }).execute();
          killFrozen(await ownConnection(trx));
        });
        const err = await rejection(tx);
        expect(isConnectionLost(err)).toBe(true);
        expect(lostTransactionOf(err)).toBe('unknown');
        expect(attempts).toBe(1);
        // Here the kill came before COMMIT reached the server, so nothing was written; the caller cannot know that.
        expect(await settings(rt.db, 'probe-commit')).toBe(0);
      });
    });
  });
}

/** The server-side ids of the connections open on the test's database (seen from another connection). */
async function serverConnections(url: string): Promise<number[]> {
  const name = new URL(url).pathname.slice(1);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const mysql = require('mysql2/promise') as typeof import('mysql2/promise');
  const admin = await mysql.createConnection({ uri: process.env.MYSQL_URL });
  try {
    const [rows] = await admin.query("SELECT ID AS id FROM information_schema.PROCESSLIST WHERE DB = ? AND ID <> CONNECTION_ID() AND COMMAND <> 'Killed' ORDER BY ID", [name]);
    return (rows as { id: number }[]).map((r) => Number(r.id));
  } finally {
    await admin.end();
  }
}

/** What a promise was rejected with (fails the test if it was not). */
async function rejection(p: Promise<unknown>): Promise<unknown> {
  return p.then(
    () => {
      throw new Error('expected a rejection');
    },
    (err: unknown) => err,
  );
}

async function ownConnection(db: Db): Promise<number> {
  return Number((await sql<{ id: number }>`select connection_id() as id`.execute(db)).rows[0].id);
}

async function settings(db: Db, name: string): Promise<number> {
  return (await db.selectFrom('app_settings').select('name').where('name', '=', name).execute()).length;
}

/**
 * KILLs a connection from an admin connection in another process, synchronously: this process's event loop does not
 * run meanwhile, so the pool cannot notice the closed socket before its next query, as when a frozen instance thaws.
 */
function killFrozen(id: number): void {
  const script = `require('mysql2/promise').createConnection({ uri: process.env.MYSQL_URL }).then(async (c) => { await c.query('KILL ?', [${Number(id)}]); await c.end(); })`;
  const res = spawnSync(process.execPath, ['-e', script], { cwd: path.resolve(__dirname, '../..'), env: process.env, encoding: 'utf8' });
  if (res.status !== 0) throw new Error(`KILL ${id} failed: ${res.stderr}`);
}
