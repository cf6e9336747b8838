/**
 * npm run bench [name …]: runs the benchmarks in bench/*.bench.ts (all, or those named) and prints their figures.
 * Not part of npm test. Each bench file exports `name`, `description` and `run(): Promise<void>`.
 */
import fs from 'node:fs';
import path from 'node:path';

interface Bench {
  name: string;
  description: string;
  run(): Promise<void>;
}

async function main(): Promise<void> {
  const wanted = process.argv.slice(2);
  const files = fs.readdirSync(__dirname).filter((f) => f.endsWith('.bench.ts')).sort();
  const benches: Bench[] = [];
  for (const f of files) benches.push((await import(path.join(__dirname, f))) as Bench);
  const chosen = wanted.length ? benches.filter((b) => wanted.includes(b.name)) : benches;
  if (chosen.length === 0) {
    console.log(`benchmarks: ${benches.map((b) => b.name).join(', ') || '(none yet)'}`);
    return;
  }
  for (const b of chosen) {
    console.log(`\n━━ ${b.name}: ${b.description}`);
    await b.run();
  }
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
