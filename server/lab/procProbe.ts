/**
 * Reads facts about real processes and threads from /proc. Everything the lab
 * shows as a PID, TID or memory figure comes through here or from the kernel
 * via process.pid, never from a counter of our own.
 */
import { readFileSync, readlinkSync, readdirSync } from 'node:fs';

/** The calling thread's real pid and tid, from the /proc/thread-self link ("<pid>/task/<tid>"). */
export function currentThreadIds(): { pid: number; tid: number } {
  const link = readlinkSync('/proc/thread-self');
  const match = /^(\d+)\/task\/(\d+)$/.exec(link);
  if (!match) throw new Error(`unexpected /proc/thread-self link: ${link}`);
  return { pid: Number(match[1]), tid: Number(match[2]) };
}

/** The thread ids that exist in a process right now. */
export function listThreadIds(pid: number): number[] {
  try {
    return readdirSync(`/proc/${pid}/task`).map(Number).sort((a, b) => a - b);
  } catch {
    return [];
  }
}

/** Whether a process exists (and is not a zombie). */
export function processIsAlive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
    return state !== 'Z' && state !== 'X';
  } catch {
    return false;
  }
}

/** The process group id of a process, or undefined if it is gone. */
export function processGroupOf(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[2]);
  } catch {
    return undefined;
  }
}

/** Memory figures of one process in kB, from /proc/<pid>/smaps_rollup. */
export type MemoryRollup = { rssKb: number; pssKb: number; privateKb: number };

export function readMemoryRollup(pid: number): MemoryRollup | undefined {
  try {
    const text = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
    const field = (name: string): number => {
      const match = new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(text);
      return match ? Number(match[1]) : 0;
    };
    return {
      rssKb: field('Rss'),
      pssKb: field('Pss'),
      privateKb: field('Private_Clean') + field('Private_Dirty'),
    };
  } catch {
    return undefined;
  }
}

/** CPU time (user + system) of one thread, in milliseconds, from /proc/<pid>/task/<tid>/stat. */
export function readThreadCpuMs(pid: number, tid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // Fields after the comm: state is index 0, so utime (field 14) is index 11, stime index 12.
    const ticks = Number(fields[11]) + Number(fields[12]);
    return (ticks * 1000) / CLOCK_TICKS_PER_SECOND;
  } catch {
    return undefined;
  }
}

/** USER_HZ: 100 on every Linux build Node supports (x86_64, arm64). */
const CLOCK_TICKS_PER_SECOND = 100;
