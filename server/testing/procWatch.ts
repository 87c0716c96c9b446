/**
 * Watches, from outside, which processes and threads exist under a root
 * process (e.g. the server), by walking /proc/<pid>/task/<tid>/children every
 * millisecond. What it records is what the kernel had, not what the lab said.
 */
import { readdirSync, readFileSync } from 'node:fs';

function tasksOf(pid: number): number[] {
  try {
    return readdirSync(`/proc/${pid}/task`).map(Number);
  } catch {
    return [];
  }
}

function childrenOf(pid: number, tid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

export type ProcWatch = {
  /** pid → every tid seen in it. */
  seen: Map<number, Set<number>>;
  stop(): void;
};

export function watchDescendants(rootPid: number, intervalMs = 1): ProcWatch {
  const seen = new Map<number, Set<number>>();
  const scan = (pid: number): void => {
    const tasks = tasksOf(pid);
    if (tasks.length === 0) return;
    const known = seen.get(pid) ?? new Set<number>();
    seen.set(pid, known);
    for (const tid of tasks) {
      known.add(tid);
      for (const child of childrenOf(pid, tid)) scan(child);
    }
  };
  const timer = setInterval(() => scan(rootPid), intervalMs);
  return { seen, stop: () => clearInterval(timer) };
}

/** Processes whose process group is `groupId` (zombies included), read from /proc/<pid>/stat. */
export function membersOfGroup(groupId: number): { pid: number; state: string }[] {
  const members: { pid: number; state: string }[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[2]) === groupId) members.push({ pid: Number(name), state: fields[0] ?? '?' });
    } catch {
      // It ended while we looked.
    }
  }
  return members;
}

/** A process's state letter (R, S, Z…) and parent, from /proc/<pid>/stat; undefined if it is gone. */
export function processState(pid: number): { state: string; ppid: number } | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { state: fields[0] ?? '?', ppid: Number(fields[1]) };
  } catch {
    return undefined;
  }
}

/** Zombie children of a process: started by it and never reaped. */
export function zombieChildrenOf(parentPid: number): number[] {
  const zombies: number[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (fields[0] === 'Z' && Number(fields[1]) === parentPid) zombies.push(Number(name));
    } catch {
      // gone
    }
  }
  return zombies;
}
