// The latency proxy's loop (bench/support/latency-proxy.ts runs it in a worker thread, so the measured server's CPU
// load does not delay forwarding). Every chunk is held `delayMs` after it was read, in each direction. Node's timers
// cannot wait less than 1 ms, so the last stretch is slept in 0.1 ms slices with Atomics.wait (no spinning).
import net from 'node:net';
import { parentPort, workerData } from 'node:worker_threads';

const { upstreamHost, upstreamPort, delayMs } = workerData;
const slice = new Int32Array(new SharedArrayBuffer(4));
const queue = []; // { due, socket, chunk } in arrival order; equal delays keep it sorted by due
let scheduled = false;

function flush() {
  scheduled = false;
  for (;;) {
    const head = queue[0];
    if (!head) return;
    const wait = head.due - performance.now();
    if (wait > 1.2) {
      scheduled = true;
      setTimeout(flush, Math.floor(wait - 0.2));
      return;
    }
    if (wait > 0) {
      Atomics.wait(slice, 0, 0, Math.min(wait, 0.1));
      scheduled = true;
      setImmediate(flush); // lets reads in between, stamped when they arrive
      return;
    }
    queue.shift();
    if (!head.socket.destroyed) head.socket.write(head.chunk);
  }
}

function later(socket, chunk) {
  queue.push({ due: performance.now() + delayMs, socket, chunk });
  if (!scheduled) {
    scheduled = true;
    setImmediate(flush);
  }
}

const server = net.createServer((client) => {
  client.setNoDelay(true);
  const upstream = net.connect({ host: upstreamHost, port: upstreamPort });
  upstream.setNoDelay(true);
  client.on('data', (c) => later(upstream, c));
  upstream.on('data', (c) => later(client, c));
  const close = () => {
    client.destroy();
    upstream.destroy();
  };
  client.on('error', close).on('close', close);
  upstream.on('error', close).on('close', close);
});
server.listen(0, '127.0.0.1', () => parentPort.postMessage({ port: server.address().port }));
parentPort.on('message', (m) => {
  if (m === 'close') server.close(() => process.exit(0));
});
