import path from 'node:path';

/**
 * Counts what the server is sent, below Kysely: every round trip (a mysql2 `query`, a better-sqlite3 statement run) and
 * the statements in it, and those sent while the connection holds a hot row — from the statement that locks one
 * (the event's seat gate, the venue's range lock, a request's step) to COMMIT or ROLLBACK, both included. A bench
 * resets it around one action and divides by the number of calls.
 */

/** The writes that lock a row every caller of an action queues on. */
const HOT = /^\s*update\s+[`"]?(events|venues|requests|ref_events\w*)[`"]?\s/im;
/** The SQLite driver's transactions are savepoints of a group that commits them together (cloud/db/sqlite-driver.ts). */
const BEGIN = /^\s*(begin|start transaction|savepoint)\b/i;
const END = /^\s*(commit|rollback|release)\b/im;
/** cloud/db/mysql.ts joins a batch's statements with this. */
const SEPARATOR = ';\n';

export interface Counts {
  roundTrips: number;
  statements: number;
  /** Round trips sent while a hot row was locked (the locking one and the COMMIT included). */
  hotRoundTrips: number;
}

const counts: Counts = { roundTrips: 0, statements: 0, hotRoundTrips: 0 };
const state = new WeakMap<object, { inTx: boolean; hot: boolean }>();

/** One statement as the server got it: its text with placeholders, and their values. */
export interface Sent {
  sql: string;
  parameters: unknown[];
}

let captured: Sent[] | null = null;

function seen(connection: object, sql: string, parameters: unknown[] = []): void {
  if (captured) captured.push(...splitBatch(sql, parameters));
  const s = state.get(connection) ?? { inTx: false, hot: false };
  state.set(connection, s);
  counts.roundTrips += 1;
  counts.statements += sql.split(SEPARATOR).length;
  if (BEGIN.test(sql)) s.inTx = true;
  if (s.inTx && HOT.test(sql)) s.hot = true;
  if (s.hot) counts.hotRoundTrips += 1;
  if (END.test(sql)) s.inTx = s.hot = false;
}

let installed = false;

/** Wraps both drivers' send methods (once per process). */
export function installStatementLog(): void {
  if (installed) return;
  installed = true;
  // By file path: mysql2's package exports do not list its connection class.
  const file = path.join(path.dirname(require.resolve('mysql2')), 'lib', 'base', 'connection.js');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const Base = require(file) as { prototype: { query: (...a: unknown[]) => unknown } };
  const query = Base.prototype.query;
  Base.prototype.query = function (this: object, sql: unknown, ...rest: unknown[]) {
    const text = typeof sql === 'string' ? sql : String((sql as { sql?: string })?.sql ?? '');
    seen(this, text, Array.isArray(rest[0]) ? rest[0] : []);
    return query.call(this, sql, ...rest);
  };
  // Statements, not prepares: a driver may cache prepared statements.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const Sqlite = require('better-sqlite3') as new (file: string) => { prepare(sql: string): object; close(): void };
  const scratch = new Sqlite(':memory:');
  const Statement = Object.getPrototypeOf(scratch.prepare('select 1')) as Record<string, (...a: unknown[]) => unknown>;
  scratch.close();
  for (const method of ['run', 'get', 'all', 'iterate']) {
    const original = Statement[method];
    Statement[method] = function (this: { database: object; source: string }, ...args: unknown[]) {
      seen(this.database, this.source, Array.isArray(args[0]) ? args[0] : args);
      return original.apply(this, args);
    };
  }
}

/** Counts since the last call, and starts counting afresh. */
export function takeCounts(): Counts {
  const out = { ...counts };
  counts.roundTrips = counts.statements = counts.hotRoundTrips = 0;
  return out;
}

/** The statements sent while `fn` runs, in order (a batch's statements one by one). */
export async function captureStatements(fn: () => Promise<unknown>): Promise<Sent[]> {
  const out: Sent[] = [];
  captured = out;
  try {
    await fn();
  } finally {
    captured = null;
  }
  return out;
}

/** A batch's statements with their own parameters (Kysely's SQL has `?` placeholders only, never inside literals). */
function splitBatch(sql: string, parameters: unknown[]): Sent[] {
  let at = 0;
  return sql.split(SEPARATOR).map((part) => {
    const n = part.split('?').length - 1;
    const own = parameters.slice(at, at + n);
    at += n;
    return { sql: part, parameters: own };
  });
}
