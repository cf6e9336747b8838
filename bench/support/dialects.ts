/** Which databases a city-scale bench runs on, and their names in its output. */
export type Dialect = 'sqlite' | 'mysql';

/**
 * SQLite always, and MariaDB/MySQL when MYSQL_URL names a server (the bench makes its own database there and drops it);
 * BENCH_DIALECT=sqlite|mysql runs only one of the two.
 */
export function benchDialects(): Dialect[] {
  const only = process.env.BENCH_DIALECT;
  const out: Dialect[] = [];
  if (only !== 'mysql') out.push('sqlite');
  if (process.env.MYSQL_URL && only !== 'sqlite') out.push('mysql');
  else if (only !== 'sqlite') console.log('  (MariaDB/MySQL skipped: set MYSQL_URL=mysql://root@127.0.0.1:3306/test to run it too)');
  return out;
}

export const dialectLabel = (dialect: Dialect): string => (dialect === 'mysql' ? 'MariaDB/MySQL' : 'SQLite');

/** A small seeded PRNG (mulberry32), so every run builds the same city. */
export function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
