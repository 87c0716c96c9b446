/**
 * Names of the parallelism lesson's actors in the reader's language, from the
 * fixed id pattern (cruncher, thread-<N>-<i>, proc-<N>-<i>); the server's
 * English labels are not shown.
 */
import type { ParallelismText } from './text.js';

export function unitName(text: ParallelismText, actorId: string): string {
  if (actorId === 'cruncher') return text.actors.cruncher;
  const unit = /^(thread|proc)-\d+-(\d+)$/.exec(actorId);
  if (unit?.[2]) return unit[1] === 'thread' ? text.actors.thread({ n: unit[2] }) : text.actors.process({ n: unit[2] });
  return actorId;
}
