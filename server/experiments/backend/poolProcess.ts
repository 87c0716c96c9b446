/**
 * The thread-pool server: one process, one HTTP server on its main thread,
 * and a pool of worker threads that do each request's CPU job. The main
 * thread only parses HTTP and hands requests to an idle thread (or queues
 * them), as a Java servlet container hands them to its pool.
 *
 * argv: <threads> <port> (port 0 picks a free one; a restarted pool reuses the old port).
 */
import { createServer, type ServerResponse } from 'node:http';
import { z } from 'zod';
import { startActorRuntime } from '../../lab/actorRuntime.js';
import { startThreadActor, type ThreadActor } from '../../lab/supervisor.js';
import { isEnd } from './messages.js';
import { FAULT_HEADER, SERVED_BY_HEADER, STORY_HEADER } from './wire.js';

const runtime = startActorRuntime();
const threadCount = Number(process.argv[2] ?? '4');
const port = Number(process.argv[3] ?? '0');

type Job = { id: number; msg: string | undefined; fault: boolean; response: ServerResponse };
const fromThread = z.discriminatedUnion('type', [
  z.object({ type: z.literal('done'), id: z.number(), body: z.string() }),
  z.object({ type: z.literal('fault-ready') }),
]);

const threads: ThreadActor[] = Array.from({ length: threadCount }, (_, index) =>
  startThreadActor(runtime, {
    actor: `${runtime.actor}-thread-${index + 1}`,
    label: `pool thread ${index + 1}`,
    parent: runtime.actor,
    entry: new URL('./poolThread.js', import.meta.url),
    startNs: runtime.startNs,
  }),
);
const idle: ThreadActor[] = [...threads];
const queue: Job[] = [];
const busy = new Map<ThreadActor, Job>();
let nextId = 0;

function dispatch(): void {
  while (idle.length > 0 && queue.length > 0) {
    const thread = idle.shift() as ThreadActor;
    const job = queue.shift() as Job;
    busy.set(thread, job);
    thread.worker.postMessage({ type: 'job', id: job.id, msg: job.msg, fault: job.fault });
  }
}

for (const thread of threads) {
  thread.onMessage((raw) => {
    const message = fromThread.safeParse(raw);
    if (!message.success) return;
    if (message.data.type === 'fault-ready') {
      void runtime.flush().then(() => thread.worker.postMessage({ type: 'go' }));
      return;
    }
    const { body } = message.data;
    const job = busy.get(thread);
    busy.delete(thread);
    idle.push(thread);
    if (job) {
      const respond = (body: string): void => {
        job.response.setHeader(SERVED_BY_HEADER, thread.actor);
        job.response.setHeader('content-type', 'application/json');
        job.response.end(body);
      };
      // A story response leaves only after its "sent" event is on the way to the host: if a
      // fault killed this process a moment later, the client would otherwise get an answer
      // whose sending the log never saw.
      if (job.msg) void runtime.flush().then(() => respond(body));
      else respond(body);
    }
    dispatch();
  });
}

const server = createServer((request, response) => {
  const msg = request.headers[STORY_HEADER];
  queue.push({ id: nextId++, msg: typeof msg === 'string' ? msg.slice(0, 60) : undefined, fault: request.headers[FAULT_HEADER] === 'sigsegv', response });
  dispatch();
  request.resume();
});
server.keepAliveTimeout = 10_000;
server.listen(port, '127.0.0.1', () => {
  const address = server.address();
  if (address && typeof address === 'object') process.send?.({ type: 'server-ready', port: address.port });
});

process.on('message', (message) => {
  if (!isEnd(message)) return;
  server.close();
  server.closeAllConnections();
  for (const thread of threads) thread.worker.postMessage({ type: 'end' });
});

await Promise.all(threads.map((thread) => thread.exited));
await runtime.flush();
process.exit(0);
