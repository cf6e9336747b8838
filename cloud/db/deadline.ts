import { AsyncLocalStorage } from 'node:async_hooks';
import type { Kysely } from 'kysely';
import type { Deadline } from '../platform/clock';
import { dialectOf } from './dialect';

/**
 * The deadline of the call being served, for the database driver: a cloud function is killed at its time limit, so a
 * call must not wait for a pooled connection or a row lock past it. The router sets it around each call; code that
 * runs outside a call (the tick, the seed, tools) has none and waits as long as the server lets it.
 */
const current = new AsyncLocalStorage<{ deadline: Deadline; enforced: boolean }>();

/**
 * Runs a call with its deadline where the database can make it wait (MySQL: a pooled connection, a row lock). SQLite
 * never does — one writer in the process, nothing to wait for — and on Node 20 an active AsyncLocalStorage puts a hook
 * on every promise, a cost every call would pay for nothing.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function withDeadline<T>(db: Kysely<any>, deadline: Deadline | undefined, fn: () => Promise<T>): Promise<T> {
  return deadline && dialectOf(db) === 'mysql' ? current.run({ deadline, enforced: true }, fn) : fn();
}

/**
 * Runs `fn` without the call's deadline: what a call does after its change committed (reading the screen it answers
 * with) must not end in 「人多，请稍后再试」, which promises that nothing changed. It keeps the call's urgency: it is
 * let in before calls that came later (cloud/db/urgency-gate.ts).
 */
export function pastTheChange<T>(fn: () => Promise<T>): Promise<T> {
  const store = current.getStore();
  return store ? current.run({ deadline: store.deadline, enforced: false }, fn) : fn();
}

/** Milliseconds the current call has left, or undefined outside a call with a deadline (or past its change). */
export function callRemainingMs(): number | undefined {
  const store = current.getStore();
  return store?.enforced ? store.deadline.remainingMs() : undefined;
}

/** Work outside a call (the tick, the seed, tools) is as urgent as a call that has just come in. */
const OUTSIDE_A_CALL_MS = 2_500;

/** When the current call's deadline passes (monotonic ms): the earlier, the more urgent its turn for a connection. */
export function callDue(): number {
  const left = current.getStore()?.deadline.remainingMs() ?? OUTSIDE_A_CALL_MS;
  return performance.now() + Math.min(left, OUTSIDE_A_CALL_MS * 4);
}

/** The call's time ran out while it waited for the database: it answers 「人多，请稍后再试」 having changed nothing. */
export class CallOverDeadline extends Error {
  readonly code = 'NUANXIN_OVER_DEADLINE';
  constructor(what: string) {
    super(`gave up waiting for ${what} at the call's deadline`);
  }
}
