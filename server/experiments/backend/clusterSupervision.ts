/**
 * Supervises one worker of a node:cluster primary the way the lab's
 * supervisor (server/lab/supervisor.ts) supervises a forked child: it relays
 * the worker's events and, once the worker has exited and its IPC channel has
 * drained, emits the actor.exited only a parent can know, with the real code
 * and signal. cluster.fork makes the child itself, so forkProcessActor cannot.
 */
import type { Worker } from 'node:cluster';
import type { SourceHandle } from '../../lab/eventSink.js';
import { exitReason, relayEvents, type EventSink, type ExitInfo } from '../../lab/supervisor.js';

/** How long after a worker's exit its channel may stay open before the exit is reported anyway. */
const DISCONNECT_GRACE_MS = 250;

/** `source`: opened (sink.openSource) before the fork. */
export function superviseClusterWorker(sink: EventSink, worker: Worker, actor: string, source: SourceHandle): Promise<ExitInfo> {
  worker.on('message', (message: unknown) => void relayEvents(source, message));
  // A send to a worker that just died fails with EPIPE; its exit says more.
  worker.process.on('error', () => undefined);
  return new Promise((resolve) => {
    let exit: ExitInfo | undefined;
    let disconnected = !worker.process.connected;
    // 'exit' can come before the worker's last messages were read; 'disconnect' comes after.
    let reported = false;
    const finish = (): void => {
      if (!exit || !disconnected || reported) return;
      reported = true;
      source.close();
      sink.emit({ kind: 'actor.exited', actor, code: exit.code, signal: exit.signal, reason: exitReason(exit) });
      resolve(exit);
    };
    worker.process.once('exit', (code, signal) => {
      exit = { code, signal };
      finish();
      // The primary may have been handing this worker a connection when it died:
      // Node then holds the channel's 'disconnect' until an acknowledgement that
      // never comes. By now its last events (flushed before it faulted) were read.
      setTimeout(() => {
        disconnected = true;
        finish();
      }, DISCONNECT_GRACE_MS);
    });
    worker.process.once('disconnect', () => {
      disconnected = true;
      finish();
    });
  });
}
