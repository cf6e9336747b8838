import type { Actions, ParsedOf, ResultOf } from '../../types';
import type { Db } from '../db/tx';
import type { Ctx } from './context';

type Run<I, R> = (db: Db, ctx: Ctx, input: I) => Promise<R>;

/**
 * A mutation that answers with what its screen shows next (DESIGN.md "One call per screen"): `write` makes the change
 * in its transaction (once per requestId when the action is idempotent), and `answer` reads the screen after COMMIT,
 * so no lock is held for the read, and a replay reads it afresh.
 */
export interface WriteThenAnswer<I, R> {
  write: Run<I, unknown>;
  answer: (db: Db, ctx: Ctx, input: I, written: unknown) => Promise<R>;
}

export type Handler<D> = Run<ParsedOf<D>, ResultOf<D>> | WriteThenAnswer<ParsedOf<D>, ResultOf<D>>;

/** Pairs a change with the read of the screen it leaves; `written` is what the change returned (or a replay of it). */
export function writeThenAnswer<I, W, R>(write: Run<I, W>, answer: (db: Db, ctx: Ctx, input: I, written: W) => Promise<R>): WriteThenAnswer<I, R> {
  return { write, answer: answer as WriteThenAnswer<I, R>['answer'] };
}

/** A feature's handlers: exactly one per action of its contract table. */
export type HandlersOf<T> = { [A in keyof T]: Handler<T[A]> };

export type AllHandlers = HandlersOf<Actions>;
