import type { ActionInput, ActionName, ActionResult, CallData, Envelope } from '../../types';
import { setTransport } from '../../src/api/transport';

/**
 * Fake handlers typed by the contract: each takes the action's payload and must answer its result type, so a fixture
 * cannot drift from the real API (and an action that does not exist does not compile).
 */
export type FakeHandlers = {
  [A in ActionName]?: (payload: ActionInput<A>, call: CallData) => ActionResult<A> | Promise<ActionResult<A>>;
};

/**
 * Replaces the transport with in-memory handlers: `calls` records every request. A handler that throws
 * `{ code, message, field }` becomes an error envelope.
 */
export function fakeApi(handlers: FakeHandlers) {
  const calls: CallData[] = [];
  setTransport(async (data): Promise<Envelope<unknown>> => {
    calls.push(data);
    const handler = handlers[data.action as ActionName] as ((payload: unknown, call: CallData) => unknown) | undefined;
    if (!handler) return { ok: false, error: { code: 'INVALID_INPUT', message: '未知的操作' } };
    try {
      return { ok: true, data: await handler(data.payload, data) };
    } catch (err) {
      const e = err as { code?: string; message: string; field?: string };
      return { ok: false, error: { code: (e.code ?? 'INTERNAL') as 'INTERNAL', message: e.message, field: e.field } };
    }
  });
  return { calls, actions: () => calls.map((c) => c.action) };
}
