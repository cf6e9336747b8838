import { NoResultError, createQueryId, type Compilable, type CompiledQuery, type QueryNode, type QueryResult } from 'kysely';
import { dialectOf, type DialectName } from './dialect';
import type { Db } from './tx';

/**
 * A statement of fixed shape whose values change from call to call (the hot path of every call: who is calling, the
 * idempotency key, the audit row, an event and the caller's sign-up). Kysely builds and compiles a query afresh each
 * time it runs; on the local host, under a burst, that cost more than SQLite running the statement. `fixedQuery`
 * builds and compiles it once per dialect, with a stand-in for each value of `p`, and each call then only puts its
 * values in their places.
 *
 * Only for statements whose text does not depend on the values: every value of `p` must end up as a whole parameter
 * (checked when the shape is first built — a value read by the builder's own logic, inlined into the text or left
 * unused throws), and none may be undefined (Kysely would have left such a column out of an insert).
 */
export function fixedQuery<P extends Record<string, unknown>, O>(build: (db: Db, p: P) => Compilable<O>): (db: Db, p: P) => FixedQuery<O> {
  const shapes = new Map<DialectName, Shape>();
  return (db, p) => {
    const dialect = dialectOf(db);
    let shape = shapes.get(dialect);
    if (!shape) {
      shape = shapeOf(build, db);
      shapes.set(dialect, shape);
    }
    const parameters = shape.slots.map((slot) => {
      if (typeof slot !== 'string') return slot.value;
      const value = p[slot];
      if (value === undefined) throw new Error(`fixedQuery: no value for "${slot}" in ${shape.sql}`);
      return value;
    });
    return new FixedQuery<O>(db, { sql: shape.sql, parameters, query: shape.query, queryId: createQueryId() });
  };
}

interface Shape {
  sql: string;
  query: CompiledQuery['query'];
  /** Per parameter: the name of the value of `p` that goes there, or a constant of the statement itself. */
  slots: (string | { value: unknown })[];
}

const STAND_IN = '\u0000nuanxin-value:';

function shapeOf<P extends Record<string, unknown>>(build: (db: Db, p: P) => Compilable<unknown>, db: Db): Shape {
  const read = new Set<string>();
  const standIns = new Proxy({} as P, {
    get(_target, key) {
      if (typeof key !== 'string') return undefined;
      read.add(key);
      return STAND_IN + key;
    },
  });
  const compiled = build(db, standIns).compile();
  if (compiled.sql.includes(STAND_IN)) throw new Error(`fixedQuery: a value was written into the text of ${compiled.sql}`);
  const slots = compiled.parameters.map((value) => (typeof value === 'string' && value.startsWith(STAND_IN) ? value.slice(STAND_IN.length) : { value }));
  for (const key of read) {
    if (!slots.includes(key)) throw new Error(`fixedQuery: the value "${key}" is not a parameter of ${compiled.sql}`);
  }
  for (const value of compiled.parameters) {
    if (typeof value === 'string' && value.includes(STAND_IN) && !value.startsWith(STAND_IN)) throw new Error(`fixedQuery: a value was changed by the builder in ${compiled.sql}`);
  }
  return { sql: compiled.sql, query: compiled.query, slots };
}

/** A compiled statement bound to its values: a Compilable for batch() and deferWrite(), or run on its own. */
export class FixedQuery<O> implements Compilable<O> {
  readonly #db: Db;
  readonly #compiled: CompiledQuery<O>;

  constructor(db: Db, compiled: CompiledQuery<O>) {
    this.#db = db;
    this.#compiled = compiled;
  }

  compile(): CompiledQuery<O> {
    return this.#compiled;
  }

  /** The driver's result (rows, affected rows, insert id). */
  run(): Promise<QueryResult<O>> {
    return this.#db.executeQuery(this.#compiled);
  }

  async execute(): Promise<O[]> {
    return (await this.run()).rows;
  }

  async executeTakeFirst(): Promise<O | undefined> {
    return (await this.run()).rows[0];
  }

  async executeTakeFirstOrThrow(): Promise<O> {
    const row = await this.executeTakeFirst();
    if (row === undefined) throw new NoResultError(this.#compiled.query as QueryNode);
    return row;
  }
}
