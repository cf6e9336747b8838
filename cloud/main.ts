import { consoleLogger } from './platform/log';
import { platformFromEnv } from './platform/from-env';
import type { Platform } from './platform/types';
import type { Runtime } from './core/runtime';
import { dispatch } from './router/router';
import { createRuntime } from './runtime';
import { runTick } from './scheduler/tick';

/** The timer trigger declared in cloudfunctions/api/config.json (a unit test keeps the two the same). */
export const TICK_TRIGGER = 'tick';

export interface EntryConfig {
  databaseUrl?: string;
  platform: Platform;
  seedDemo: boolean;
}

/**
 * A cloud function entry `(event, context)`: one runtime per warm container, booted on the first call. The tick runs
 * only when the platform says its timer trigger invoked us and the event names our trigger; every other event is a
 * call from a client, whatever fields it carries.
 */
export function cloudEntry(config: () => EntryConfig) {
  let booting: Promise<Runtime> | null = null;
  const boot = (): Promise<Runtime> => {
    booting ??= Promise.resolve()
      .then(() => {
        const c = config();
        if (!c.databaseUrl) throw new Error('DATABASE_URL is not set');
        return createRuntime({ databaseUrl: c.databaseUrl, platform: c.platform, seedDemo: c.seedDemo });
      })
      .catch((err) => {
        booting = null;
        throw err;
      });
    return booting;
  };

  return async function main(event: unknown, _context?: unknown): Promise<unknown> {
    let rt: Runtime;
    try {
      rt = await boot();
    } catch (err) {
      consoleLogger.error('boot failed', { error: String((err as Error).message ?? err) });
      return { ok: false, error: { code: 'INTERNAL', message: '服务暂时不可用，请稍后再试' } };
    }
    if (isTimerEvent(event) && rt.platform.identity.invokedByTimer()) return runTick(rt);
    return dispatch(rt, event, {});
  };
}

const isTimerEvent = (event: unknown) => {
  const e = event as { Type?: unknown; TriggerName?: unknown } | null;
  return e?.Type === 'Timer' && e.TriggerName === TICK_TRIGGER;
};

/**
 * The cloud function `api`. The caller is taken from the WeChat context only.
 * Env: DATABASE_URL=mysql://… (required), NUANXIN_SEED=demo to seed an empty database.
 */
export const main = cloudEntry(() => ({
  databaseUrl: process.env.DATABASE_URL,
  platform: platformFromEnv(consoleLogger),
  seedDemo: process.env.NUANXIN_SEED === 'demo',
}));
