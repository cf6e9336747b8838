import http from 'node:http';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { percentile } from './stats';

/** A call's outcome as the resident sees it: the envelope's code (OK, CONFLICT, …) and how long the answer took. */
export interface Answer {
  code: string;
  message: string;
  ms: number;
}

export interface BurstFigures {
  calls: number;
  seconds: number;
  perSecond: number;
  /** Answers other than 「人多，请稍后再试」 (RATE_LIMITED) per second: the work actually done. */
  servedPerSecond: number;
  p50: number;
  p99: number;
  max: number;
  /** Answers that took longer than a cloud function's 3 s. */
  late: number;
  codes: Record<string, number>;
}

/** The function's default time limit: an answer later than this never reaches the resident. */
export const FUNCTION_LIMIT_MS = 3000;

/** POSTs one JSON body and resolves with the reply's envelope code (`result.ok` → OK). */
export function post(agent: http.Agent, port: number, path: string, headers: Record<string, string>, body: unknown): Promise<Answer> {
  const data = JSON.stringify(body);
  const t0 = performance.now();
  return new Promise((resolve) => {
    const req = http.request(
      { host: '127.0.0.1', port, path, method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(data), ...headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const ms = performance.now() - t0;
          try {
            const reply = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { result?: { ok: boolean; error?: { code: string; message: string } } };
            const r = reply.result ?? (reply as { ok: boolean; error?: { code: string; message: string } });
            resolve(r.ok ? { code: 'OK', message: '', ms } : { code: r.error?.code ?? 'ERROR', message: r.error?.message ?? '', ms });
          } catch {
            resolve({ code: `HTTP ${res.statusCode}`, message: 'unreadable reply', ms });
          }
        });
      },
    );
    req.on('error', (err) => resolve({ code: 'NETWORK', message: err.message, ms: performance.now() - t0 }));
    req.end(data);
  });
}

/**
 * Releases every call at once (one socket each, as many cloud function instances would each open their own) and
 * measures the answers: throughput over the whole burst, latency percentiles, answers later than 3 s.
 */
export async function burst(count: number, call: (i: number, agent: http.Agent) => Promise<Answer>, inFlight = count): Promise<{ figures: BurstFigures; answers: Answer[] }> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: inFlight });
  const started = performance.now();
  const answers = await Promise.all(Array.from({ length: count }, (_, i) => call(i, agent)));
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  const sorted = answers.map((a) => a.ms).sort((a, b) => a - b);
  const codes: Record<string, number> = {};
  for (const a of answers) codes[a.code] = (codes[a.code] ?? 0) + 1;
  return {
    answers,
    figures: {
      calls: count,
      seconds,
      perSecond: count / seconds,
      servedPerSecond: answers.filter((a) => a.code !== 'RATE_LIMITED').length / seconds,
      p50: percentile(sorted, 50),
      p99: percentile(sorted, 99),
      max: sorted[sorted.length - 1] ?? 0,
      late: sorted.filter((ms) => ms > FUNCTION_LIMIT_MS).length,
      codes,
    },
  };
}

/** One call of a burst, as data (it crosses to the worker thread). */
export interface CallRequest {
  path: string;
  headers: Record<string, string>;
  body: unknown;
}

/**
 * `burst` from a worker thread: the callers' sockets, JSON and timers run beside the server under test, not on its
 * event loop, so an answer's time is the server's and the network's (in production every caller is another phone).
 */
export function burstApart(port: number, requests: CallRequest[], inFlight: number): Promise<{ figures: BurstFigures; answers: Answer[] }> {
  // A worker starts as plain JavaScript: tsx's require hook first, then the TypeScript worker.
  const boot = `require('tsx/cjs'); require(${JSON.stringify(path.join(__dirname, 'burst-worker.ts'))});`;
  const worker = new Worker(boot, { eval: true, workerData: { port, requests, inFlight } });
  return new Promise((resolve, reject) => {
    worker.once('message', (out: { figures: BurstFigures; answers: Answer[] }) => {
      resolve(out);
      void worker.terminate();
    });
    worker.once('error', reject);
  });
}
