/**
 * A unit of the creation lesson, as a worker thread: "ready" as soon as it
 * runs, then idle until told to end. An actor in the story repeat only.
 */
import { parentPort, workerData } from 'node:worker_threads';

if ((workerData as { lab?: unknown } | undefined)?.lab) {
  const { startActorRuntime } = await import('../../lab/actorRuntime.js');
  await startActorRuntime().flush();
}
parentPort?.postMessage({ type: 'ready' });
parentPort?.on('message', (message) => {
  if ((message as { type?: string }).type === 'end') process.exit(0);
});
