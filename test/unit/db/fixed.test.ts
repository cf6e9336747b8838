import { DummyDriver, Kysely, MysqlAdapter, MysqlIntrospector, MysqlQueryCompiler, SqliteAdapter, SqliteIntrospector, SqliteQueryCompiler, sql } from 'kysely';
import { fixedQuery } from '../../../cloud/db/fixed';
import type { Database } from '../../../cloud/db/schema';

/** Compiles only (DummyDriver): what fixedQuery sends is what Kysely would have compiled for the same values. */
const sqlite = new Kysely<Database>({
  dialect: { createAdapter: () => new SqliteAdapter(), createDriver: () => new DummyDriver(), createIntrospector: (db) => new SqliteIntrospector(db), createQueryCompiler: () => new SqliteQueryCompiler() },
});
const mysql = new Kysely<Database>({
  dialect: { createAdapter: () => new MysqlAdapter(), createDriver: () => new DummyDriver(), createIntrospector: (db) => new MysqlIntrospector(db), createQueryCompiler: () => new MysqlQueryCompiler() },
});

describe('fixedQuery (cloud/db/fixed.ts)', () => {
  const build = (db: Kysely<Database>, p: { userId: number; requestId: string; result: string | null }) =>
    db.updateTable('idempotency_keys').set({ result: p.result, action: 'x' }).where('user_id', '=', p.userId).where('request_id', '=', p.requestId);
  const fixed = fixedQuery(build);

  it.each([
    ['sqlite', sqlite],
    ['mysql', mysql],
  ])('on %s: the same text and parameters as the builder, for each call’s values, constants kept in place', (_name, db) => {
    for (const p of [
      { userId: 1, requestId: 'abc', result: '{"a":1}' },
      { userId: 7, requestId: 'zzz', result: null },
    ]) {
      const direct = build(db, p).compile();
      const compiled = fixed(db, p).compile();
      expect(compiled.sql).toBe(direct.sql);
      expect(compiled.parameters).toEqual(direct.parameters);
    }
  });

  it('compiles once per dialect: the two dialects quote differently', () => {
    const p = { userId: 1, requestId: 'abc', result: null };
    expect(fixed(sqlite, p).compile().sql).toContain('"idempotency_keys"');
    expect(fixed(mysql, p).compile().sql).toContain('`idempotency_keys`');
  });

  it('refuses a statement whose text depends on a value, and a missing value', () => {
    const inlined = fixedQuery((db, p: { id: number }) => db.selectFrom('events').select('id').where(sql.lit(p.id) as never, '=', 1 as never));
    expect(() => inlined(sqlite, { id: 1 })).toThrow(/written into the text/);
    const branching = fixedQuery((db, p: { all: boolean }) => (p.all ? db.selectFrom('events').select('id') : db.selectFrom('events').select('id').where('id', '=', 1)));
    expect(() => branching(sqlite, { all: false })).toThrow(/not a parameter/);
    const one = fixedQuery((db, p: { id: number }) => db.selectFrom('events').select('id').where('id', '=', p.id));
    expect(() => one(sqlite, { id: undefined as unknown as number })).toThrow(/no value for "id"/);
  });
});
