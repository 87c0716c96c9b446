/**
 * The soak's worst moments: the server killed with SIGKILL while runs are in
 * flight. Afterwards, from outside: every process of those runs' groups must
 * be gone within a bound (the hosts' parent-death signal ends them), and a
 * server restarted on the same data dir must list each of those runs, ended,
 * never still "running" or "queued".
 */
import { readdirSync, readFileSync } from 'node:fs';
import { sleep, startLabServer, type LabServer } from '../testing/labServer.js';
import { membersOfGroup } from '../testing/procWatch.js';

/** The server's child processes right now: its lab hosts, each the leader of its run's group. */
export function childrenOf(pid: number): number[] {
  const children: number[] = [];
  for (const tid of readdirSync(`/proc/${pid}/task`)) {
    try {
      children.push(...readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number));
    } catch {
      // The thread ended while we looked.
    }
  }
  return children;
}

export type KillOutcome = {
  inFlight: number;
  /** Processes of the killed runs' groups still there after the bound. */
  survivors: { pid: number; state: string }[];
  /** How long the last group took to empty, ms. */
  emptiedMs: number;
  /** Runs in flight at the kill that the restarted server lists as ended (failed, or finished just before). */
  markedEnded: number;
  /** Runs in flight at the kill that the restarted server lost or still calls running/queued. */
  notMarked: string[];
  server: LabServer;
};

const GROUP_BOUND_MS = 5000;

/**
 * Kills `server` with SIGKILL while `runIds` are in flight, checks their groups
 * empty, restarts on `dataDir` with `args`, and checks how it lists the runs.
 */
export async function killAndRestart(server: LabServer, runIds: string[], dataDir: string, args: string[]): Promise<KillOutcome> {
  const hosts = childrenOf(server.pid);
  const started = Date.now();
  await server.stop('SIGKILL');
  let survivors = hosts.flatMap(membersOfGroup);
  while (survivors.length > 0 && Date.now() - started < GROUP_BOUND_MS) {
    await sleep(50);
    survivors = hosts.flatMap(membersOfGroup);
  }
  const emptiedMs = Date.now() - started;
  const restarted = await startLabServer(['--data-dir', dataDir, ...args], ['--expose-gc']);
  let markedEnded = 0;
  const notMarked: string[] = [];
  for (const id of runIds) {
    const response = await fetch(`${restarted.url}/api/runs/${id}`);
    const info = response.ok ? ((await response.json()) as { status?: string }) : undefined;
    if (info?.status === 'failed' || info?.status === 'finished' || info?.status === 'stopped') markedEnded += 1;
    else notMarked.push(`${id}: ${response.status} ${info?.status ?? ''}`);
  }
  return { inFlight: runIds.length, survivors, emptiedMs, markedEnded, notMarked, server: restarted };
}
