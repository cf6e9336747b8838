/**
 * Fills a migrated, empty database with generated rows, as fast as each dialect takes them, so a city-scale bench can
 * build the same data set on SQLite and on MariaDB/MySQL:
 * - SQLite: one prepared INSERT per table, all rows in one transaction (synchronous=OFF while loading), then ANALYZE;
 * - MariaDB/MySQL: multi-row INSERTs of up to `BATCH` rows on one connection with foreign-key and unique checks off
 *   (the generator makes consistent rows), the next batch built while the server writes the last, then ANALYZE TABLE.
 */

/** One row for one table; `columns` is the table's column list, shared by all its rows. */
export interface Row {
  table: string;
  columns: readonly string[];
  values: unknown[];
}

/** Rows per multi-row INSERT on MySQL (well under max_allowed_packet's 16 MB default for the benches' rows). */
const BATCH = 2000;

export async function loadRows(url: string, rows: Iterable<Row>): Promise<void> {
  if (/^mysql:\/\//.test(url)) await loadMysql(url, rows);
  else loadSqlite(url, rows);
}

function loadSqlite(file: string, rows: Iterable<Row>): void {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const Database = require('better-sqlite3') as typeof import('better-sqlite3');
  const raw = new Database(file);
  try {
    raw.pragma('journal_mode = WAL');
    raw.pragma('synchronous = OFF');
    const statements = new Map<string, import('better-sqlite3').Statement>();
    raw.transaction(() => {
      for (const row of rows) {
        let statement = statements.get(row.table);
        if (!statement) {
          statement = raw.prepare(`INSERT INTO ${row.table} (${row.columns.join(', ')}) VALUES (${row.columns.map(() => '?').join(', ')})`);
          statements.set(row.table, statement);
        }
        statement.run(row.values);
      }
    })();
    raw.exec('ANALYZE');
  } finally {
    raw.close();
  }
}

async function loadMysql(url: string, rows: Iterable<Row>): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const mysql = require('mysql2/promise') as typeof import('mysql2/promise');
  const conn = await mysql.createConnection({ uri: url, charset: 'utf8mb4' });
  try {
    await conn.query('SET foreign_key_checks = 0, unique_checks = 0');
    const pending = new Map<string, { columns: readonly string[]; values: string[] }>();
    const tables = new Set<string>();
    let inFlight: Promise<unknown> = Promise.resolve();
    const flush = async (table: string) => {
      const batch = pending.get(table);
      if (!batch || batch.values.length === 0) return;
      pending.delete(table);
      const statement = `INSERT INTO \`${table}\` (${batch.columns.map((c) => `\`${c}\``).join(', ')}) VALUES ${batch.values.join(',')}`;
      await inFlight; // one batch at the server while the next one is built
      inFlight = conn.query(statement);
    };
    for (const row of rows) {
      tables.add(row.table);
      let batch = pending.get(row.table);
      if (!batch) pending.set(row.table, (batch = { columns: row.columns, values: [] }));
      batch.values.push(`(${row.values.map((v) => conn.escape(v)).join(',')})`);
      if (batch.values.length >= BATCH) await flush(row.table);
    }
    // Parents before children, in the order the generator first named them.
    for (const table of tables) await flush(table);
    await inFlight;
    await conn.query(`ANALYZE TABLE ${[...tables].map((t) => `\`${t}\``).join(', ')}`);
  } finally {
    await conn.end();
  }
}
