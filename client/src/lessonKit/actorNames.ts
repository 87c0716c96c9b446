/**
 * Actor names in the reader's language. The server labels actors in English
 * ("child 1"); ids follow a small convention (host, native, child-N, proc-N,
 * threaded, thread-N) that lets the client name them in any language. The
 * crash and race lessons' processes with threads (racers, stepper) are named
 * like "threaded". The backend lesson's ids (loadgen, pool, pool-thread-N,
 * pool-restart, pool-restart-thread-N, cluster, cluster-worker-N, svc-front,
 * svc-back) get names that say which server they belong to, since its event
 * log mixes both servers. Unknown ids keep the server's label.
 */
import type { Dictionary } from '../i18n/dictionary.js';

/** The backend lesson's actors, or undefined for an id that is not one. */
function backendActorName(t: Dictionary, actorId: string): string | undefined {
  const thread = /^pool(-restart)?-thread-(\d+)$/.exec(actorId);
  if (thread?.[2]) return thread[1] ? t.actors.poolRestartThread({ n: thread[2] }) : t.actors.poolThread({ n: thread[2] });
  const worker = /^cluster-worker-(\d+)$/.exec(actorId);
  if (worker?.[1]) return t.actors.clusterWorker({ n: worker[1] });
  switch (actorId) {
    case 'loadgen':
      return t.actors.loadgen;
    case 'pool':
      return t.actors.poolServer;
    case 'pool-restart':
      return t.actors.poolRestart;
    case 'cluster':
      return t.actors.clusterPrimary;
    case 'svc-front':
      return t.actors.serviceFront;
    case 'svc-back':
      return t.actors.serviceBack;
    default:
      return undefined;
  }
}

export function actorName(t: Dictionary, actorId: string, serverLabel?: string): string {
  if (actorId === 'host') return t.actors.host;
  // The native engine's C program: the parent of the processes it forks.
  if (actorId === 'native') return t.actors.native;
  if (actorId === 'threaded' || actorId === 'racers' || actorId === 'stepper') return t.actors.threaded;
  const process = /^proc-(\d+)$/.exec(actorId);
  if (process?.[1]) return `${t.actors.process} ${process[1]}`;
  const numbered = /^(child|thread)-(\d+)$/.exec(actorId);
  if (numbered?.[2]) {
    return numbered[1] === 'child' ? t.actors.child({ n: numbered[2] }) : t.actors.thread({ n: numbered[2] });
  }
  return backendActorName(t, actorId) ?? serverLabel ?? actorId;
}

/**
 * Actors whose PID the event log repeats at every mention: the backend's
 * request servers. Pool threads all show one PID and each cluster worker its
 * own, which is the lesson's point; other actors say their PID once, when
 * they start.
 */
export function namedWithPid(actorId: string): boolean {
  return /^(pool(-restart)?-thread|cluster-worker)-\d+$/.test(actorId);
}
