/** The backend lesson's names for its actors, localized from their ids (the server's labels are English). */
import type { BackendText } from './text.js';

export function backendActorName(text: BackendText, actor: string): string {
  const names = text.actors;
  const thread = /^pool(?:-restart)?-thread-(\d+)$/.exec(actor);
  if (thread?.[1]) return names.poolThread({ n: thread[1] });
  const worker = /^cluster-worker-(\d+)$/.exec(actor);
  if (worker?.[1]) return names.clusterWorker({ n: worker[1] });
  switch (actor) {
    case 'loadgen':
      return names.loadgen;
    case 'pool':
      return names.pool;
    case 'pool-restart':
      return names.poolRestart;
    case 'cluster':
      return names.cluster;
    case 'svc-front':
      return names.svcFront;
    case 'svc-back':
      return names.svcBack;
    default:
      return actor;
  }
}
