import path from 'node:path';
import { Worker } from 'node:worker_threads';

export interface LatencyProxy {
  /** A MySQL URL like `target` but through the proxy. */
  url: string;
  close(): Promise<void>;
}

/**
 * A TCP proxy in front of the MySQL server of `target` adding `delayMs` to every chunk in each direction (0.5 ms each
 * way: a 1 ms round trip, as between a cloud function and its database). TOOLCHAIN.md: a hot row's rate is about
 * 1 / (round trips made while holding its lock × RTT + processing); on loopback the round trips cost nothing.
 */
export async function startLatencyProxy(target: string, delayMs = 0.5): Promise<LatencyProxy> {
  const url = new URL(target);
  const worker = new Worker(path.join(__dirname, 'latency-proxy-worker.mjs'), {
    workerData: { upstreamHost: url.hostname, upstreamPort: Number(url.port || 3306), delayMs },
  });
  const port = await new Promise<number>((resolve, reject) => {
    worker.once('message', (m: { port: number }) => resolve(m.port));
    worker.once('error', reject);
  });
  const proxied = new URL(target);
  proxied.hostname = '127.0.0.1';
  proxied.port = String(port);
  return {
    url: proxied.toString(),
    close: async () => {
      worker.postMessage('close');
      await new Promise((resolve) => worker.once('exit', resolve));
    },
  };
}
