// Runs one burst in a worker thread (bench/support/burst.ts `burstApart`): the calling residents get an event loop of
// their own, as phones do, instead of sharing the measured server's.
import { parentPort, workerData } from 'node:worker_threads';
import { burst, post, type CallRequest } from './burst';

const { port, requests, inFlight } = workerData as { port: number; requests: CallRequest[]; inFlight: number };
void burst(requests.length, (i, agent) => post(agent, port, requests[i].path, requests[i].headers, requests[i].body), inFlight).then((out) => parentPort!.postMessage(out));
