/**
 * The cluster: a node:cluster primary whose worker processes serve the same
 * HTTP port. On Linux the primary accepts each connection and hands it to a
 * worker in turn (round robin). When a worker dies of a signal, the primary
 * starts a replacement, as a production cluster manager does.
 *
 * argv: <workers>
 */
import cluster, { type Worker } from 'node:cluster';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { startActorRuntime } from '../../lab/actorRuntime.js';
import { ACTOR_ENV } from '../../lab/actorEnv.js';
import type { ExitInfo } from '../../lab/supervisor.js';
import { superviseClusterWorker } from './clusterSupervision.js';
import { isEnd } from './messages.js';

const runtime = startActorRuntime();
const workerCount = Number(process.argv[2] ?? '4');

/** A free loopback port, chosen once so every worker (and every replacement) listens on the same one. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (address && typeof address === 'object' ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

const port = await freePort();
cluster.setupPrimary({
  exec: fileURLToPath(new URL('./clusterWorker.js', import.meta.url)),
  args: [String(port)],
  execArgv: ['--max-old-space-size=128'],
});

let ending = false;
let started = 0;
const live = new Map<Worker, Promise<ExitInfo>>();

function startWorker(label: string): void {
  started += 1;
  const actor = `${runtime.actor}-worker-${started}`;
  // Opened before the fork: everything the worker times comes after this floor.
  const source = runtime.openSource(actor);
  const worker = cluster.fork({
    [ACTOR_ENV.runStartNs]: runtime.startNs.toString(),
    [ACTOR_ENV.actor]: actor,
    [ACTOR_ENV.parent]: runtime.actor,
    [ACTOR_ENV.label]: label,
  });
  const exited = superviseClusterWorker(runtime, worker, actor, source);
  live.set(worker, exited);
  void exited.then((exit) => {
    live.delete(worker);
    if (!ending && exit.signal) startWorker(`replacement worker (for ${actor})`);
  });
}

let listening = 0;
cluster.on('listening', () => {
  listening += 1;
  if (listening === workerCount) process.send?.({ type: 'server-ready', port });
});
for (let index = 0; index < workerCount; index += 1) startWorker(`cluster worker ${index + 1}`);

const ended = new Promise<void>((resolve) => {
  process.on('message', (message) => {
    if (!isEnd(message)) return;
    ending = true;
    for (const worker of live.keys()) if (worker.isConnected()) worker.send({ type: 'end' });
    resolve();
  });
});
await ended;
while (live.size > 0) await Promise.all([...live.values()]);
await runtime.flush();
process.exit(0);
