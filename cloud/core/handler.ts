import type { Actions, ParsedOf, ResultOf } from '../../types';
import type { Db } from '../db/tx';
import type { Ctx } from './context';

export type Handler<D> = (db: Db, ctx: Ctx, input: ParsedOf<D>) => Promise<ResultOf<D>>;

/** A feature's handlers: exactly one per action of its contract table. */
export type HandlersOf<T> = { [A in keyof T]: Handler<T[A]> };

export type AllHandlers = HandlersOf<Actions>;
