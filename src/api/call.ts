import type { ActionInput, ActionName, ActionResult } from '../../types';
import { ApiError } from '../lib/errors';
import { transport } from './transport';

/**
 * The app's one way to the API: `await call('me.update', { name })`. Resolves with the typed result or throws
 * an ApiError whose message is ready to show. Creates pass a `requestId` that stays the same across retries.
 */
export async function call<A extends ActionName>(
  action: A,
  payload: ActionInput<A>,
  opts: { requestId?: string } = {},
): Promise<ActionResult<A>> {
  const envelope = await transport()({ action, payload, requestId: opts.requestId });
  if (!envelope || typeof envelope !== 'object') throw new ApiError('INTERNAL', '服务暂时不可用，请稍后再试');
  if (envelope.ok) return envelope.data as ActionResult<A>;
  throw new ApiError(envelope.error.code, envelope.error.message, envelope.error.field);
}

/** A fresh id for one create (a form submission); keep it until the create succeeds. */
export function newRequestId(): string {
  const rand = Math.random().toString(36).slice(2, 10);
  return `r${Date.now().toString(36)}${rand}`;
}
