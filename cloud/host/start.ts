import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { consoleLogger } from '../platform/log';
import { inCloud, platformFromEnv } from '../platform/from-env';
import { createRuntime } from '../runtime';
import { runTick } from '../scheduler/tick';
import { createHost, exposureWarning, hostFromEnv, listen, urlFor } from './server';

/**
 * Starts the local host: PORT (default 10086), HOST (default 127.0.0.1: loopback only; anything else is for a
 * trusted lab network and prints a warning), DATABASE_URL (default SQLite under var/), NUANXIN_NOW (pins the clock).
 * Creates, migrates and seeds the database, serves the H5 build and runs the scheduler tick every minute.
 */
async function start(): Promise<void> {
  // It believes X-Dev-OpenId: in a cloud function only getWXContext() may say who calls.
  if (inCloud()) throw new Error('the local host never runs in the cloud (TENCENTCLOUD_RUNENV=SCF)');
  const platform = platformFromEnv(consoleLogger);
  const runtime = await createRuntime({ databaseUrl: process.env.DATABASE_URL, platform, seedDemo: true });
  const host = hostFromEnv();
  const server = createHost({ runtime, staticRoot: path.resolve(process.env.NUANXIN_H5_DIR ?? 'dist-h5'), allowedHost: host });
  const port = await listen(server, Number(process.env.PORT ?? 10086), host);
  const { address } = server.address() as AddressInfo;
  const tick = () => runTick(runtime).catch((err) => platform.log.error('tick failed', { error: String(err) }));
  setInterval(tick, 60_000).unref();
  void tick();
  const warning = exposureWarning(address, port);
  if (warning) console.warn(`\n${warning}\n`);
  console.log(`\n  暖心社区 is running: ${urlFor(address, port)}\n`);
  const stop = () => server.close(() => runtime.db.destroy().finally(() => process.exit(0)));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

start().catch((err) => {
  console.error(err);
  process.exit(1);
});
