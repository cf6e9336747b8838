import * as v from 'valibot';
import { actions, type ActionName, type AnyActionDef, type Envelope } from '../../types';
import { describeIssue, requestId as requestIdSchema } from '../../types/schema';
import { pastTheChange, withDeadline } from '../db/deadline';
import { isBusy, isForeignKeyViolation, isRetryableLock } from '../db/dialect';
import { once } from './idempotency';
import { resolveCaller } from '../core/caller';
import { usesApp } from '../core/offline-people';
import type { CallContext } from '../platform/types';
import type { Ctx } from '../core/context';
import type { Runtime } from '../core/runtime';
import { AppError, forbidden, invalid } from '../core/errors';
import type { Handler } from '../core/handler';

export type { Runtime };

const hasOwn = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);
const isPlainObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && Object.getPrototypeOf(x) === Object.prototype;

export const BUSY_MESSAGE = '人多，请稍后再试';

/** Of a function's time limit, what a call may spend waiting and working; the rest is left to answer in time. */
export const callBudgetMs = (timeLimitMs: number) => Math.max(timeLimitMs - 500, timeLimitMs / 2);

/**
 * The one way into the API: look the action up, resolve the caller, check the role, validate the payload,
 * run the handler (once per requestId for creates), and wrap the outcome in the envelope.
 */
export async function dispatch(rt: Runtime, data: unknown, call: CallContext): Promise<Envelope<unknown>> {
  try {
    return { ok: true, data: await withDeadline(rt.db, call.deadline, () => route(rt, data, call)) };
  } catch (err) {
    if (err instanceof AppError) return { ok: false, error: err.toBody() };
    // Its turn did not come before the call's deadline (a row many are queueing for): nothing changed, try again.
    if (isBusy(err) || isRetryableLock(err)) return { ok: false, error: { code: 'RATE_LIMITED', message: BUSY_MESSAGE } };
    if (isForeignKeyViolation(err)) {
      // A service wrote a reference it did not check first: the caller still gets a refusal that changed nothing
      // (the transaction rolled back), and the log says which check is missing. The contract fuzz tier fails on it.
      rt.platform.log.error('unchecked reference', { error: String((err as Error)?.message ?? err) });
      return { ok: false, error: { code: 'NOT_FOUND', message: '所选的内容不存在或已被删除' } };
    }
    rt.platform.log.error('unhandled error', { error: String((err as Error)?.stack ?? err) });
    return { ok: false, error: { code: 'INTERNAL', message: '服务暂时不可用，请稍后再试' } };
  }
}

async function route(rt: Runtime, data: unknown, call: CallContext): Promise<unknown> {
  if (!isPlainObject(data)) throw invalid('请求格式不正确');
  const { action, payload, requestId } = data;
  if (typeof action !== 'string' || !hasOwn(actions, action) || !hasOwn(rt.handlers, action)) {
    throw invalid('未知的操作', 'action');
  }
  const name = action as ActionName;
  const def = actions[name] as AnyActionDef;

  const openid = rt.platform.identity.openid(call);
  // A record of someone without the app (cloud/core/offline-people.ts) is nobody's identity, whatever the transport says.
  if (!openid || !usesApp(openid)) throw new AppError('UNAUTHENTICATED', '请先登录');
  const now = rt.platform.clock.now();
  const caller = await resolveCaller(rt.db, openid, now);
  if (!def.roles.includes(caller.role)) throw forbidden();

  if (payload !== undefined && !isPlainObject(payload)) throw invalid('请求参数应为对象', 'payload');
  const parsed = v.safeParse(def.input, payload ?? {});
  if (!parsed.success) {
    const { message, field } = describeIssue(parsed.issues[0]);
    throw invalid(message, field);
  }

  const ctx: Ctx = { caller, platform: rt.platform, now, checkinCodes: rt.checkinCodes };
  const handler = rt.handlers[name] as Handler<AnyActionDef>;
  const { write, answer } = typeof handler === 'function' ? { write: handler, answer: null } : handler;
  const written = def.idempotent ? await writeOnce(rt, ctx, name, requestId, (trx) => write(trx, ctx, parsed.output)) : await write(rt.db, ctx, parsed.output);
  // The change is made: its answer is read whatever the time (a retry with the same requestId would replay it anyway).
  return answer ? pastTheChange(() => answer(rt.db, ctx, parsed.output, written)) : written;
}

function writeOnce(rt: Runtime, ctx: Ctx, name: ActionName, requestId: unknown, write: (trx: Runtime['db']) => Promise<unknown>): Promise<unknown> {
  const rid = v.safeParse(requestIdSchema, requestId);
  if (!rid.success) throw invalid('缺少请求编号，请刷新后重试', 'requestId');
  ctx.requestId = rid.output;
  return once(rt.db, { userId: ctx.caller.id, requestId: rid.output, action: name, at: ctx.now }, write);
}
