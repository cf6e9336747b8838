import type { Runtime } from './core/runtime';
import { SchemaBehind } from './db/migrations';
import { deadlineAfter, monotonicMs, type Deadline } from './platform/clock';
import { inCloud, platformFromEnv } from './platform/from-env';
import { consoleLogger } from './platform/log';
import type { Platform } from './platform/types';
import { isMessagePush, type MessagePush } from './core/push';
import { receivePush } from './router/push';
import { callBudgetMs, dispatch } from './router/router';
import { openRuntime, prepareDatabase } from './runtime';
import { runTick } from './scheduler/tick';

/** The timer trigger declared in cloudfunctions/api/config.json (a unit test keeps the two the same). */
export const TICK_TRIGGER = 'tick';

/** The event of the deploy step (README: Deploy to CloudBase), honoured only from the operator (see `main`). */
export const DEPLOY_EVENT = { nuanxin: 'deploy' } as const;

/** CloudBase's default function timeout, used when the invocation context does not carry `time_limit_in_ms`. */
export const DEFAULT_TIME_LIMIT_MS = 3_000;
/** The tick stops starting work this long into the invocation at the most (2 s of the default 3 s). */
export const TICK_BUDGET_MS = 2_000;
/** The deploy step refuses to start with less time than this: a migration cut off half-way needs a hand to repair. */
export const DEPLOY_MIN_TIME_LIMIT_MS = 15_000;
/** MySQL connections per instance unless NUANXIN_DB_POOL says otherwise: an instance serves one request at a time. */
export const CLOUD_POOL_SIZE = 2;

export interface EntryConfig {
  databaseUrl?: string;
  platform: Platform;
  seedDemo: boolean;
  /** MySQL connections this instance may open. */
  poolSize?: number;
  /**
   * 'deploy-step' (in the cloud): an ordinary invocation only checks that the schema is current, in one read, and
   * answers 「服务正在升级」 when it is not; migrations and the seed run in the deploy step. 'migrate-on-boot' (default,
   * outside the cloud): the first call migrates and seeds, as the local host does.
   */
  schema?: 'deploy-step' | 'migrate-on-boot';
}

const UPGRADING = { ok: false, error: { code: 'INTERNAL', message: '服务正在升级，请稍后再试' } } as const;
const UNAVAILABLE = { ok: false, error: { code: 'INTERNAL', message: '服务暂时不可用，请稍后再试' } } as const;

/**
 * A cloud function entry `(event, context)`: one runtime per warm container (its pool of connections included),
 * booted on the first call and kept for the next ones; a boot that failed is tried again by the next call.
 * - The tick runs only when the platform says its timer trigger invoked us and the event names our trigger, with a
 *   time budget: it stops starting work ~2 s into the invocation and leaves the rest for the next minute.
 * - The deploy step (`DEPLOY_EVENT`) runs only when the WeChat context shows no person and no mini-program behind the
 *   invocation (the operator's 云端测试); from anyone else the same event is an ordinary call to an unknown action.
 * - A WeChat message push (the result of a photo check) is received only when the invocation context says WeChat
 *   delivered it (`routeEvent`).
 * - Every other event is a call from a client, whatever fields it carries.
 */
export function cloudEntry(config: () => EntryConfig) {
  let settings: EntryConfig | null = null;
  const configured = (): EntryConfig => (settings ??= config());
  let booting: Promise<Runtime> | null = null;
  const boot = (): Promise<Runtime> => {
    booting ??= Promise.resolve()
      .then(async () => {
        const c = configured();
        if (!c.databaseUrl) throw new Error('DATABASE_URL is not set');
        const deployStep = c.schema === 'deploy-step';
        const { rt } = await openRuntime({
          databaseUrl: c.databaseUrl,
          platform: c.platform,
          seedDemo: c.seedDemo,
          poolSize: c.poolSize,
          schema: deployStep ? 'verify' : 'migrate',
        });
        return rt;
      })
      .catch((err) => {
        booting = null;
        throw err;
      });
    return booting;
  };

  /** Migrations and the seed, on this container's runtime (made here when the schema was too old to boot). */
  const deploy = async (c: EntryConfig, context: unknown) => {
    const limit = timeLimitOf(context);
    if (limit !== undefined && limit < DEPLOY_MIN_TIME_LIMIT_MS) {
      return {
        ok: false,
        error: {
          code: 'INTERNAL',
          message: `部署需要至少 ${DEPLOY_MIN_TIME_LIMIT_MS / 1000} 秒的超时时间（当前 ${limit / 1000} 秒）：请先在云开发控制台调大函数 api 的超时时间`,
        },
      };
    }
    const started = monotonicMs();
    const booted = booting ? await booting.catch(() => null) : null;
    let done;
    if (booted) {
      done = await prepareDatabase(booted, c.seedDemo);
    } else {
      if (!c.databaseUrl) throw new Error('DATABASE_URL is not set');
      const opened = await openRuntime({ databaseUrl: c.databaseUrl, platform: c.platform, seedDemo: c.seedDemo, poolSize: c.poolSize, schema: 'migrate' });
      booting = Promise.resolve(opened.rt);
      done = { migrated: opened.migrated, seeded: opened.seeded };
    }
    const ms = Math.round(monotonicMs() - started);
    c.platform.log.info('deploy step done', { ...done, ms });
    return { ok: true, data: { ...done, ms } };
  };

  const main = async (event: unknown, context?: unknown): Promise<unknown> => {
    const started = monotonicMs();
    let c: EntryConfig;
    try {
      c = configured();
      if (isDeployEvent(event) && c.platform.identity.invokedByOperator()) return await deploy(c, context);
    } catch (err) {
      // Only the operator reaches this: say what failed (no stack).
      consoleLogger.error('deploy step failed', { error: String((err as Error).stack ?? err) });
      return { ok: false, error: { code: 'INTERNAL', message: `部署失败：${String((err as Error).message ?? err)}` } };
    }
    let rt: Runtime;
    try {
      rt = await boot();
    } catch (err) {
      if (err instanceof SchemaBehind) {
        c.platform.log.error('the schema is behind the code: run the deploy step (README: Deploy to CloudBase)', { pending: err.pending });
        return UPGRADING;
      }
      consoleLogger.error('boot failed', { error: String((err as Error).stack ?? err) });
      return UNAVAILABLE;
    }
    if (isTimerEvent(event) && rt.platform.identity.invokedByTimer()) {
      const limit = timeLimitOf(context) ?? DEFAULT_TIME_LIMIT_MS;
      return runTick(rt, {
        deadline: deadlineAfter(started, Math.min(TICK_BUDGET_MS, (limit * 2) / 3)),
        // A live sender holds its rows at most as long as the function may run; twice that, and at least a minute.
        outboxLeaseMs: Math.max(60_000, 2 * limit),
      });
    }
    // Counted from here, not from the invocation's start: a cold start's boot is not the call's to pay for.
    return routeEvent(rt, event, deadlineAfter(monotonicMs(), callBudgetMs(timeLimitOf(context) ?? DEFAULT_TIME_LIMIT_MS)));
  };
  /** Closes this container's connections (tests and tools; the platform simply freezes or drops an instance). */
  const close = async (): Promise<void> => {
    const rt = booting ? await booting.catch(() => null) : null;
    booting = null;
    await rt?.db.destroy();
  };
  return Object.assign(main, { close });
}

/**
 * A push-shaped event goes to the push's handler only when the platform vouches that WeChat delivered it; from a
 * client the same fields are an ordinary call, refused by the router as an unknown action.
 */
export function routeEvent(rt: Runtime, event: unknown, deadline?: Deadline): Promise<unknown> {
  if (isMessagePush(event) && rt.platform.identity.invokedByMessagePush()) return receivePush(rt, event as MessagePush);
  return dispatch(rt, event, { deadline });
}

const isTimerEvent = (event: unknown) => {
  const e = event as { Type?: unknown; TriggerName?: unknown } | null;
  return e?.Type === 'Timer' && e.TriggerName === TICK_TRIGGER;
};

const isDeployEvent = (event: unknown) => {
  const e = event as Record<string, unknown> | null;
  return !!e && typeof e === 'object' && e.nuanxin === DEPLOY_EVENT.nuanxin && Object.keys(e).length === 1;
};

/** The function's time limit as SCF passes it in the context (`time_limit_in_ms`), when it does. */
export function timeLimitOf(context: unknown): number | undefined {
  const ms = Number((context as { time_limit_in_ms?: unknown } | null | undefined)?.time_limit_in_ms);
  return Number.isFinite(ms) && ms > 0 ? ms : undefined;
}

/** NUANXIN_DB_POOL: a whole number of connections, 1–50; anything else falls back to the default. */
export function poolSizeFrom(env: NodeJS.ProcessEnv): number {
  const n = Number(env.NUANXIN_DB_POOL);
  return Number.isInteger(n) && n >= 1 && n <= 50 ? n : CLOUD_POOL_SIZE;
}

/**
 * The cloud function `api`. The caller is taken from the WeChat context only.
 * Env: DATABASE_URL=mysql://… (required), NUANXIN_SEED=demo to seed an empty database in the deploy step,
 * NUANXIN_DB_POOL (connections per instance, default 2).
 */
export const main = cloudEntry(() => ({
  databaseUrl: process.env.DATABASE_URL,
  platform: platformFromEnv(consoleLogger),
  seedDemo: process.env.NUANXIN_SEED === 'demo',
  poolSize: poolSizeFrom(process.env),
  schema: inCloud() ? 'deploy-step' : 'migrate-on-boot',
}));
