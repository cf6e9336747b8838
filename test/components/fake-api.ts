import type { CallData, Envelope } from '../../types';
import { setTransport } from '../../src/api/transport';

export type FakeHandler = (payload: any, call: CallData) => unknown; // eslint-disable-line @typescript-eslint/no-explicit-any

/**
 * Replaces the transport with in-memory handlers: `calls` records every request. A handler that throws
 * `{ code, message, field }` becomes an error envelope.
 */
export function fakeApi(handlers: Record<string, FakeHandler>) {
  const calls: CallData[] = [];
  setTransport(async (data): Promise<Envelope<unknown>> => {
    calls.push(data);
    const handler = handlers[data.action];
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
