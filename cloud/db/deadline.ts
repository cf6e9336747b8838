import { AsyncLocalStorage } from 'node:async_hooks';
import type { Deadline } from '../platform/clock';

/**
 * The deadline of the call being served, for the database driver: a cloud function is killed at its time limit, so a
 * call must not wait for a pooled connection or a row lock past it. The router sets it around each call; code that
 * runs outside a call (the tick, the seed, tools) has none and waits as long as the server lets it.
 */
const current = new AsyncLocalStorage<Deadline>();

export function withDeadline<T>(deadline: Deadline | undefined, fn: () => Promise<T>): Promise<T> {
  return deadline ? current.run(deadline, fn) : fn();
}

/**
 * Runs `fn` without the call's deadline: what a call does after its change committed (reading the screen it answers
 * with) must not end in 「人多，请稍后再试」, which promises that nothing changed.
 */
export function pastTheChange<T>(fn: () => Promise<T>): Promise<T> {
  return current.exit(fn);
}

/** Milliseconds the current call has left, or undefined outside a call with a deadline. */
export function callRemainingMs(): number | undefined {
  return current.getStore()?.remainingMs();
}

/** The call's time ran out while it waited for the database: it answers 「人多，请稍后再试」 having changed nothing. */
export class CallOverDeadline extends Error {
  readonly code = 'NUANXIN_OVER_DEADLINE';
  constructor(what: string) {
    super(`gave up waiting for ${what} at the call's deadline`);
  }
}
