import { runTick } from './scheduler/tick';
import { consoleLogger } from './platform/log';
import { platformFromEnv } from './platform/from-env';
import { dispatch, type Runtime } from './router/router';
import { createRuntime } from './runtime';

/**
 * The cloud function `api`. One runtime per warm container; the caller is taken from the WeChat context only.
 * Env: DATABASE_URL=mysql://… (required), NUANXIN_SEED=demo to seed an empty database.
 */
let booting: Promise<Runtime> | null = null;

function boot(): Promise<Runtime> {
  if (!process.env.DATABASE_URL) throw new Error('DATABASE_URL is not set');
  booting ??= createRuntime({
    databaseUrl: process.env.DATABASE_URL,
    platform: platformFromEnv(consoleLogger),
    seedDemo: process.env.NUANXIN_SEED === 'demo',
  }).catch((err) => {
    booting = null;
    throw err;
  });
  return booting;
}

export async function main(event: unknown, _context?: unknown): Promise<unknown> {
  let rt: Runtime;
  try {
    rt = await boot();
  } catch (err) {
    consoleLogger.error('boot failed', { error: String((err as Error).message ?? err) });
    return { ok: false, error: { code: 'INTERNAL', message: '服务暂时不可用，请稍后再试' } };
  }
  if ((event as { Type?: string } | null)?.Type === 'Timer') return runTick(rt.db, rt.platform);
  return dispatch(rt, event, {});
}
