import { CompiledQuery } from 'kysely';
import { dialectOf } from '../../cloud/db/dialect';
import type { Db } from '../../cloud/db/tx';
import type { Sent } from './statement-log';

/** Statements with no plan: transaction control and session settings. */
const NO_PLAN = /^\s*(begin|start|commit|rollback|savepoint|release|set|pragma)\b/i;

/**
 * The server's plan for each statement an action sent (captured below Kysely: bench/support/statement-log.ts), with the
 * values it was sent with: EXPLAIN on MariaDB/MySQL, EXPLAIN QUERY PLAN on SQLite. One string per statement.
 */
export async function explain(db: Db, sent: Sent[]): Promise<string[]> {
  const mysql = dialectOf(db) === 'mysql';
  const out: string[] = [];
  for (const s of sent) {
    if (NO_PLAN.test(s.sql)) continue;
    const { rows } = await db.executeQuery(CompiledQuery.raw(`${mysql ? 'EXPLAIN' : 'EXPLAIN QUERY PLAN'} ${s.sql}`, s.parameters));
    const plan = mysql ? (rows as MysqlPlanRow[]).map(mysqlStep) : (rows as { detail: string }[]).map((r) => r.detail);
    out.push(`${oneLine(s.sql)}\n      → ${plan.join('\n      → ')}`);
  }
  return out;
}

interface MysqlPlanRow {
  table: string | null;
  type: string | null;
  key: string | null;
  ref: string | null;
  rows: number | string | null;
  Extra: string | null;
}

function mysqlStep(r: MysqlPlanRow): string {
  const parts = [`${r.table ?? '-'}: ${r.type ?? '-'}`, r.key ? `key ${r.key}` : 'no key'];
  if (r.ref) parts.push(`ref ${r.ref}`);
  if (r.rows !== null) parts.push(`rows ${r.rows}`);
  if (r.Extra) parts.push(r.Extra);
  return parts.join(' · ');
}

/** The statement on one line, its column list shortened, a long IN list counted. */
function oneLine(sql: string): string {
  const flat = sql.replace(/\s+/g, ' ').trim();
  return flat
    .replace(/^select (.{60}).*? from /i, 'select $1… from ')
    .replace(/\((\?, ){3,}\?\)/g, (list) => `(${list.split('?').length - 1} × ?)`);
}
