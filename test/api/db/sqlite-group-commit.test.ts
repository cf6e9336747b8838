import BetterSqlite3 from 'better-sqlite3';
import { sql, type Kysely } from 'kysely';
import { connectSqlite } from '../../../cloud/db/sqlite';
import { GROUP_COMMIT_MAX } from '../../../cloud/db/sqlite-driver';
import { createTestDatabase, type TestDatabase } from '../../support/databases';

/**
 * The SQLite driver commits the transactions of a burst in groups (cloud/db/sqlite-driver.ts): none may be answered
 * before its COMMIT, a failing one rolls back alone, and a write outside a transaction never joins an open group.
 * A second connection to the file (another process, as far as SQLite knows) sees only what was committed.
 */
describe('SQLite group commit', () => {
  let database: TestDatabase;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  let db: Kysely<any>;
  let outside: BetterSqlite3.Database;
  beforeAll(async () => {
    database = await createTestDatabase('sqlite');
    db = connectSqlite(database.url);
    await sql`create table marks (id integer primary key, tag text not null unique)`.execute(db);
    outside = new BetterSqlite3(database.url, { readonly: true });
  });
  afterAll(async () => {
    outside.close();
    await db.destroy();
    await database.drop();
  });

  const committed = (tag: string) => outside.prepare('select count(*) as n from marks where tag = ?').get(tag) as { n: number };
  const mark = (tag: string) => db.transaction().execute(async (trx) => {
    await sql`insert into marks (tag) values (${tag})`.execute(trx);
    await sql`select count(*) from marks`.execute(trx); // a second statement: the others queue meanwhile
  });

  it(`answers each of ${GROUP_COMMIT_MAX * 3} queued transactions only once it is committed`, async () => {
    const tags = Array.from({ length: GROUP_COMMIT_MAX * 3 }, (_, i) => `burst-${i}`);
    const seenAtAnswer = await Promise.all(tags.map((tag) => mark(tag).then(() => committed(tag).n)));
    expect(seenAtAnswer).toEqual(tags.map(() => 1));
  });

  it('rolls back a failing transaction alone; the others of its group commit', async () => {
    const tags = Array.from({ length: 20 }, (_, i) => `mixed-${i}`);
    const outcomes = await Promise.allSettled(
      tags.map((tag, i) =>
        db.transaction().execute(async (trx) => {
          await sql`insert into marks (tag) values (${tag})`.execute(trx);
          if (i % 5 === 2) await sql`insert into marks (tag) values (${tag})`.execute(trx); // a unique violation
        }),
      ),
    );
    expect(outcomes.map((o) => o.status)).toEqual(tags.map((_, i) => (i % 5 === 2 ? 'rejected' : 'fulfilled')));
    expect(tags.map((tag) => committed(tag).n)).toEqual(tags.map((_, i) => (i % 5 === 2 ? 0 : 1)));
  });

  it('commits the open group before a write outside a transaction, and answers that write committed', async () => {
    const queued = [mark('before-1'), mark('before-2')];
    const alone = sql`insert into marks (tag) values ('alone')`.execute(db).then(() => [committed('before-1').n, committed('before-2').n, committed('alone').n]);
    const after = mark('after');
    await Promise.all(queued);
    expect(await alone).toEqual([1, 1, 1]);
    await after;
    expect(committed('after').n).toBe(1);
  });
});
