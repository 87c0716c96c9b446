/**
 * One worker thread of the thread pool: it takes requests from its process's
 * main thread, does the CPU job, and hands back the response body. A story
 * request is named in its events; the "request of death" makes this thread
 * send a fatal signal, which is process-wide, as a real segfault would be.
 */
import { parentPort } from 'node:worker_threads';
import { z } from 'zod';
import { startActorRuntime } from '../../lab/actorRuntime.js';
import { countPrimesBelow, JOB_PRIMES_BELOW } from './cpuJob.js';
import { responseMsg } from './wire.js';

const runtime = startActorRuntime();

const inbound = z.discriminatedUnion('type', [
  z.object({ type: z.literal('job'), id: z.number(), msg: z.string().optional(), fault: z.boolean() }),
  z.object({ type: z.literal('go') }),
  z.object({ type: z.literal('end') }),
]);

function serve(id: number, msg: string | undefined): void {
  if (msg) runtime.emit({ kind: 'message.received', actor: runtime.actor, peer: 'loadgen', channel: 'tcp', bytes: 0, msg });
  const primes = countPrimesBelow(JOB_PRIMES_BELOW);
  const body = JSON.stringify({ primes, servedBy: runtime.actor, tid: runtime.tid });
  if (msg) {
    runtime.emit({ kind: 'message.sent', actor: runtime.actor, peer: 'loadgen', channel: 'tcp', bytes: Buffer.byteLength(body), msg: responseMsg(msg) });
    // On the same port as "done" and before it: the main thread relays this send before it writes the response.
    void runtime.flush();
  }
  parentPort?.postMessage({ type: 'done', id, body });
}

parentPort?.on('message', (raw: unknown) => {
  const message = inbound.safeParse(raw);
  if (!message.success) return;
  const command = message.data;
  if (command.type === 'job') {
    if (!command.fault) return serve(command.id, command.msg);
    if (command.msg) runtime.emit({ kind: 'message.received', actor: runtime.actor, peer: 'loadgen', channel: 'tcp', bytes: 0, msg: command.msg });
    runtime.emit({ kind: 'fault.injected', actor: runtime.actor, fault: 'sigsegv' });
    // The signal ends the process at once: our events must reach the host first,
    // so the main thread flushes and then says "go".
    void runtime.flush().then(() => parentPort?.postMessage({ type: 'fault-ready' }));
  } else if (command.type === 'go') {
    process.kill(process.pid, 'SIGSEGV');
  } else {
    void runtime.flush().then(() => parentPort?.close());
  }
});
