/**
 * A server killed with SIGKILL gets no chance to end its runs: the lab hosts
 * must end their groups by themselves (issue 12, item 5). Here a
 * communication run is mid-way through its FIFO channel and a race run waits
 * in step mode when the real built server is SIGKILLed; within a bound, /proc
 * must hold no process of either run's group, no lab host, and no child a
 * host left unreaped.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { constants as osConstants } from 'node:os';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runOverWebSocket, sleep, startLabServer } from '../testing/labServer.js';
import { membersOfGroup, processState } from '../testing/procWatch.js';

const labHostProcessModule = fileURLToPath(new URL('../../dist/server/runs/labHostProcess.js', import.meta.url));

/** How long the hosts may take to end their groups after the server's SIGKILL. */
const BOUND_MS = 3000;

/** What of the runs' groups is left: live members, and zombies whose parent is still a host. */
function leftovers(hosts: number[]): { alive: number[]; unreaped: number[] } {
  const members = hosts.flatMap(membersOfGroup);
  const hostSet = new Set(hosts);
  return {
    alive: members.filter((member) => member.state !== 'Z').map((member) => member.pid),
    unreaped: members.filter((member) => member.state === 'Z' && hostSet.has(processState(member.pid)?.ppid ?? 0)).map((member) => member.pid),
  };
}

/** The run's lab hosts that still exist as more than an exit status. */
function labHostsRunning(hosts: number[]): number[] {
  return hosts.filter((pid) => {
    const state = processState(pid);
    return state !== undefined && state.state !== 'Z';
  });
}

describe('a SIGKILLed server leaves no experiment running', () => {
  it('ends a communication run inside its pipe channel and a waiting race run within the bound', async () => {
    const server = await startLabServer(['--max-running', '2']);
    const hosts: number[] = [];
    const phases: string[] = [];
    let stepper = 0;
    const race = runOverWebSocket(server, 'race', { mode: 'step' }, (event) => {
      if (event.kind !== 'actor.started' || event.type !== 'process') return;
      if (event.actor === 'host') hosts.push(event.pid);
      else stepper = event.pid;
    }).catch(() => undefined);
    // Big messages and many round trips: the pipe channel lasts long enough to be killed inside.
    const communication = runOverWebSocket(server, 'communication', { channels: ['pipe'], roundTrips: 20_000, messageBytes: 65_536 }, (event) => {
      if (event.kind === 'actor.started' && event.actor === 'host') hosts.push(event.pid);
      if (event.kind === 'phase') phases.push(event.name);
    }).catch(() => undefined);
    const deadline = Date.now() + 20_000;
    while ((stepper === 0 || !phases.includes('story-pipe')) && Date.now() < deadline) await sleep(10);
    expect(phases).toContain('story-pipe');
    expect(hosts).toHaveLength(2);
    await sleep(150);
    const peers = hosts.flatMap(membersOfGroup).filter((member) => !hosts.includes(member.pid));
    expect(peers.length).toBeGreaterThanOrEqual(2);

    await server.stop('SIGKILL');
    const killedAt = Date.now();
    let left = leftovers(hosts);
    while ((left.alive.length > 0 || left.unreaped.length > 0) && Date.now() - killedAt < BOUND_MS) {
      await sleep(20);
      left = leftovers(hosts);
    }
    const tookMs = Date.now() - killedAt;
    // Whatever the outcome, leave nothing behind for the next test.
    for (const host of hosts) {
      try {
        process.kill(-host, 'SIGKILL');
      } catch {
        // Already gone: the point of the test.
      }
    }
    expect({ ...left, hosts: labHostsRunning(hosts) }).toEqual({ alive: [], unreaped: [], hosts: [] });
    expect(tookMs).toBeLessThan(BOUND_MS);
    await Promise.all([race, communication]);
  }, 40_000);
});

/** Whether a signal is pending for a process, from the masks in /proc/<pid>/status. */
function signalPending(pid: number, signal: number): boolean {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const bit = 1n << BigInt(signal - 1);
  return ['SigPnd', 'ShdPnd'].some((field) => {
    const mask = new RegExp(`^${field}:\\s*([0-9a-f]+)$`, 'm').exec(status)?.[1];
    return mask !== undefined && (BigInt(`0x${mask}`) & bit) !== 0n;
  });
}

describe('the kernel tells a lab host its server died', () => {
  it('queues SIGTERM for a stopped host when its parent is SIGKILLed, and the host then ends', async () => {
    // A stand-in server: the built startLabHost, in a process of its own.
    const parent = spawn(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `import { startLabHost } from ${JSON.stringify(labHostProcessModule)};
         const host = startLabHost({ heapLimitMb: 64, onExit: () => undefined,
           onMessage: (message) => { if (message.type === 'ready') console.log(host.pid); } });`,
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    const hostPid = await new Promise<number>((resolve) => parent.stdout.once('data', (chunk: Buffer) => resolve(Number(chunk.toString()))));
    try {
      // Stopped, the host cannot act on its IPC channel closing: only a signal queued by the kernel shows.
      process.kill(hostPid, 'SIGSTOP');
      parent.kill('SIGKILL');
      await new Promise((resolve) => parent.once('exit', resolve));
      await sleep(50);
      expect(signalPending(hostPid, osConstants.signals.SIGTERM)).toBe(true);
      process.kill(hostPid, 'SIGCONT');
      const deadline = Date.now() + BOUND_MS;
      while (labHostsRunning([hostPid]).length > 0 && Date.now() < deadline) await sleep(20);
      expect(labHostsRunning([hostPid])).toEqual([]);
    } finally {
      try {
        process.kill(-hostPid, 'SIGKILL');
      } catch {
        // Ended by itself.
      }
    }
  });
});
