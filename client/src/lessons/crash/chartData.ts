/**
 * The crash result as chart bars and table rows: every actor of both sides
 * with its heartbeats after the failure, the one that failed included (its
 * count is 0 by definition once it is dead, and is drawn as 0, not left out).
 */
import type { CrashResult } from '../../../../shared/results/crash.js';

export type BeatBar = {
  actor: string;
  side: 'process' | 'thread';
  /** This actor is the one the fault was injected into. */
  victim: boolean;
  beats: number;
  /** Real PID (processes) or TID (threads). */
  osId: number;
  code: number | null;
  signal: string | null;
  reason: string;
};

const byNumber = (a: BeatBar, b: BeatBar) => a.actor.localeCompare(b.actor, 'en', { numeric: true });

export function beatBars(result: CrashResult): BeatBar[] {
  const { crashed, siblings } = result.processSide;
  const victim: BeatBar = { actor: crashed.actor, side: 'process', victim: true, beats: 0, osId: crashed.pid, code: crashed.code, signal: crashed.signal, reason: crashed.reason };
  const processes: BeatBar[] = [
    victim,
    ...siblings.map((sibling): BeatBar => ({
      actor: sibling.actor,
      side: 'process',
      victim: false,
      beats: sibling.heartbeatsAfterCrash,
      osId: sibling.pid,
      code: sibling.code,
      signal: sibling.signal,
      reason: sibling.reason,
    })),
  ].sort(byNumber);
  const threads: BeatBar[] = result.threadSide.threads
    .map((thread) => ({
      actor: thread.actor,
      side: 'thread' as const,
      victim: thread.actor === result.threadSide.victim,
      beats: thread.heartbeatsAfterFault,
      osId: thread.tid,
      code: thread.code,
      signal: thread.signal,
      reason: thread.reason,
    }))
    .sort(byNumber);
  return [...processes, ...threads];
}
