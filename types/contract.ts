import type * as v from 'valibot';
import type { Role } from './roles';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnySchema = v.GenericSchema<any, any>;

export interface ActionDef<S extends AnySchema, R> {
  input: S;
  roles: readonly Role[];
  /** Creates that carry a client requestId: a replay returns the first result and writes nothing. */
  idempotent?: boolean;
  /** Phantom field: carries the result type, never set at run time. */
  readonly result?: R;
}

/**
 * Declares one action. Curried so the result type is given and the schema type inferred:
 * `action<Me>()({ input: MeUpdate, roles: ANYONE })`.
 */
export function action<R>() {
  return <S extends AnySchema>(def: { input: S; roles: readonly Role[]; idempotent?: boolean }): ActionDef<S, R> =>
    def;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyActionDef = ActionDef<AnySchema, any>;
export type InputOf<D> = D extends ActionDef<infer S, unknown> ? v.InferInput<S> : never;
export type ParsedOf<D> = D extends ActionDef<infer S, unknown> ? v.InferOutput<S> : never;
export type ResultOf<D> = D extends ActionDef<AnySchema, infer R> ? R : never;
