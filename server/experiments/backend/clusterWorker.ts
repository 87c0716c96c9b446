/**
 * One worker process of the cluster: an HTTP server on the shared port that
 * does each request's CPU job itself. The "request of death" makes it send a
 * fatal signal to itself: it dies alone; its siblings are other processes.
 *
 * argv: <port>
 */
import { createServer } from 'node:http';
import { startActorRuntime } from '../../lab/actorRuntime.js';
import { countPrimesBelow, JOB_PRIMES_BELOW } from './cpuJob.js';
import { isEnd } from './messages.js';
import { FAULT_HEADER, responseMsg, SERVED_BY_HEADER, STORY_HEADER } from './wire.js';

const runtime = startActorRuntime();
const port = Number(process.argv[2]);

const server = createServer((request, response) => {
  request.resume();
  const header = request.headers[STORY_HEADER];
  const msg = typeof header === 'string' ? header.slice(0, 60) : undefined;
  if (msg) runtime.emit({ kind: 'message.received', actor: runtime.actor, peer: 'loadgen', channel: 'tcp', bytes: 0, msg });
  if (request.headers[FAULT_HEADER] === 'sigsegv') {
    runtime.emit({ kind: 'fault.injected', actor: runtime.actor, fault: 'sigsegv' });
    // The signal ends this process at once: the events go out first.
    void runtime.flush().then(() => process.kill(process.pid, 'SIGSEGV'));
    return;
  }
  const primes = countPrimesBelow(JOB_PRIMES_BELOW);
  const body = JSON.stringify({ primes, servedBy: runtime.actor, pid: runtime.pid });
  response.setHeader(SERVED_BY_HEADER, runtime.actor);
  response.setHeader('content-type', 'application/json');
  if (!msg) return void response.end(body);
  runtime.emit({ kind: 'message.sent', actor: runtime.actor, peer: 'loadgen', channel: 'tcp', bytes: Buffer.byteLength(body), msg: responseMsg(msg) });
  // A story response leaves only once its events are on their way: they travel two hops
  // (here → primary → host), the client's one, and the host orders them by time.
  void runtime.flush().then(() => response.end(body));
});
server.keepAliveTimeout = 10_000;
server.listen(port, '127.0.0.1');

process.on('message', (message) => {
  if (!isEnd(message)) return;
  server.close();
  server.closeAllConnections();
  void runtime.flush().then(() => process.exit(0));
});
