/**
 * The process the contract fuzz tier calls: the real router behind the local host, on the database named by
 * DATABASE_URL (fresh, seeded here with all demo data), the clock pinned at NUANXIN_NOW and no scheduler tick, so
 * that nothing but the calls changes the data. Prints `listening <port>` once it answers. A separate process, so that
 * a call that never returns (a runaway loop blocks its event loop) can be seen from outside and killed.
 */
import { createHost } from '../../cloud/host/server';
import { ManualClock } from '../../cloud/platform/clock';
import { createLocalPlatform } from '../../cloud/platform/local';
import type { Logger } from '../../cloud/platform/types';
import { createRuntime, seedDemo } from '../../cloud/runtime';

async function start(): Promise<void> {
  const clock = new ManualClock(process.env.NUANXIN_NOW ?? '2026-11-25T02:00:00.000Z');
  const log: Logger = {
    info: () => {},
    // Errors go to stderr for the parent to report next to the call that caused them.
    error: (message, extra) => process.stderr.write(`[target] ${message} ${JSON.stringify(extra ?? {})}\n`),
  };
  const platform = createLocalPlatform({ clock, dataDir: process.env.NUANXIN_DATA_DIR as string, log });
  const runtime = await createRuntime({ databaseUrl: process.env.DATABASE_URL, platform, seedDemo: false });
  await seedDemo(runtime, 'all');
  const server = createHost({ runtime });
  server.listen(0, '127.0.0.1', () => {
    const address = server.address();
    process.stdout.write(`listening ${typeof address === 'object' && address ? address.port : 0}\n`);
  });
}

start().catch((err) => {
  process.stderr.write(`[target] failed to start: ${String(err?.stack ?? err)}\n`);
  process.exit(1);
});
