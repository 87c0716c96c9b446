/**
 * Actor names in the reader's language. The server labels actors in English
 * ("child 1"); ids follow a small convention (host, native, child-N, proc-N,
 * threaded, thread-N) that lets the client name them in any language. The
 * crash and race lessons' processes with threads (racers, stepper) are named
 * like "threaded". Unknown ids keep the server's label.
 */
import type { Dictionary } from '../i18n/dictionary.js';

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
  return serverLabel ?? actorId;
}
