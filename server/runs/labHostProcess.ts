/**
 * Starts a lab host: a Node process in a process group of its own, with a heap
 * limit, resource limits (hostLimits.ts) and core dumps off, optionally booted
 * already pinned to a set of cores, connected to the server by an IPC
 * channel, and (where util-linux's setpriv exists) a parent-death signal.
 * Also pins a living host, every thread of it and what it starts later, to
 * other cores (pinGroup).
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { accessSync, constants, readdirSync, readFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hostToServerSchema, type HostToServer, type ServerToHost } from '../lab/hostProtocol.js';
import { defaultHostLimits, limitsPrefix, type HostLimits } from './hostLimits.js';

export type LabHostOptions = {
  /** V8 old-space limit of the host, in MiB. */
  heapLimitMb: number;
  /** Resource limits of the host and everything it starts (hostLimits.ts). Default: for runs of up to 600 s on 2 cores. */
  limits?: HostLimits;
  /**
   * Cores to boot the host on (taskset -c): the host, all its threads and all
   * it starts run only there from their first instruction. Omitted or empty:
   * any core. Where taskset is missing the host boots unpinned (bootCpus says so).
   */
  cpus?: readonly number[];
  /**
   * An unprivileged user and group to run the host and all it starts as
   * (setpriv --reuid --regid --clear-groups, after the limits are set as the
   * server's user). Only then is RLIMIT_NPROC enforced: the kernel exempts
   * root. Omitted: the server's own user, as before.
   */
  runAs?: HostUser;
  /** Called for every message the host sends that parses; others are dropped. */
  onMessage: (message: HostToServer) => void;
  onExit: (code: number | null, signal: NodeJS.Signals | null) => void;
  /** Lines the host writes to stderr (already prefixed by nothing). */
  onStderr?: (line: string) => void;
};

export type LabHost = {
  pid: number;
  /** Its process group id: equal to its pid, since it leads its own group. */
  groupId: number;
  child: ChildProcess;
  /** The cores it was booted on, or undefined when it was booted unpinned (none asked, or no taskset). */
  bootCpus: number[] | undefined;
  send(message: ServerToHost): void;
};

const hostEntry = fileURLToPath(new URL('../lab/labHost.js', import.meta.url));

/** util-linux's setpriv, prlimit and taskset, found on PATH once; undefined where missing. */
const searchPath = process.env.PATH ?? '/usr/bin:/bin';
const setpriv = findExecutable('setpriv', searchPath);
const prlimit = findExecutable('prlimit', searchPath);
const taskset = findExecutable('taskset', searchPath);

/** Whether this machine can pin hosts to cores (util-linux's taskset is on PATH). */
export const canPin = taskset !== undefined;

export type HostUser = { uid: number; gid: number };

export type HostTools = { setpriv: string | undefined; prlimit: string | undefined; taskset?: string | undefined };

export function findExecutable(name: string, searchPath: string): string | undefined {
  for (const directory of searchPath.split(delimiter)) {
    if (!directory) continue;
    const candidate = join(directory, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // Not here.
    }
  }
  return undefined;
}

/** A core list for taskset -c ("0,2,3"), refusing what is not a list of core numbers. */
export function cpuList(cpus: readonly number[]): string {
  if (cpus.length === 0) throw new Error('no cores to pin to');
  for (const cpu of cpus) {
    if (!Number.isInteger(cpu) || cpu < 0) throw new Error(`a core is a whole number of at least 0 (got ${cpu})`);
  }
  return cpus.join(',');
}

/**
 * The command that becomes the host. Node has no setrlimit, so util-linux's
 * prlimit sets the run's resource limits (hostLimits.ts) and execs a shell
 * that becomes the host with exec: same pid, same group, IPC fd inherited.
 * With `cpus` (and taskset), `taskset -c <cpus>` in front of prlimit sets the
 * affinity first, so the host boots pinned and every thread and process it
 * makes inherits the mask. In front of it all, `setpriv --pdeathsig
 * TERM` asks the kernel to send the host SIGTERM when the server dies, even by
 * SIGKILL; the mark survives both execs. SIGTERM, not SIGKILL: the host's
 * handler then ends its whole group, where a SIGKILL would end the host alone
 * and orphan its children. (The server's IPC closing says the same; this holds
 * even if that message never runs.) Without setpriv the IPC channel is the
 * only notice. Every link execs the next: the host keeps the pid spawn gave.
 *
 * With `runAs`, setpriv moves to just before the shell and also drops to
 * that user and group (no supplementary groups; a root server's
 * capabilities go with the uid change): prlimit still runs as the server's
 * user, so it may set limits above a hard limit an ordinary user could not
 * raise, and the parent-death signal is set after the change of user, which
 * would clear it (prctl(2)).
 */
export function hostCommand(
  tools: HostTools,
  heapLimitMb: number,
  limits: HostLimits,
  cpus?: readonly number[],
  runAs?: HostUser,
): { file: string; args: string[]; bootCpus: number[] | undefined } {
  const { prefix, shellLine } = limitsPrefix(tools.prlimit, limits);
  const pinned = cpus && cpus.length > 0 && tools.taskset ? [tools.taskset, '-c', cpuList(cpus)] : [];
  const host = ['/bin/sh', '-c', shellLine, process.execPath, `--max-old-space-size=${heapLimitMb}`, hostEntry];
  let all: string[];
  if (runAs) {
    if (!tools.setpriv) throw new Error('running lab hosts as another user needs util-linux’s setpriv, which is not installed');
    for (const [name, id] of Object.entries(runAs)) {
      if (!Number.isInteger(id) || id < 1) throw new Error(`runAs.${name} must be a whole number above 0, not root (got ${id})`);
    }
    const drop = [tools.setpriv, '--pdeathsig', 'TERM', `--reuid=${runAs.uid}`, `--regid=${runAs.gid}`, '--clear-groups'];
    all = [...pinned, ...prefix, ...drop, ...host];
  } else {
    const command = [...pinned, ...prefix, ...host];
    all = tools.setpriv ? [tools.setpriv, '--pdeathsig', 'TERM', ...command] : command;
  }
  return { file: all[0] as string, args: all.slice(1), bootCpus: pinned.length > 0 && cpus ? [...cpus] : undefined };
}

export function startLabHost(options: LabHostOptions): LabHost {
  const command = hostCommand({ setpriv, prlimit, taskset }, options.heapLimitMb, options.limits ?? defaultHostLimits(600, 2), options.cpus, options.runAs);
  const child = spawn(command.file, command.args, {
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    serialization: 'json',
  });
  if (child.pid === undefined) throw new Error('could not start a lab host process');
  child.on('message', (raw) => {
    const parsed = hostToServerSchema.safeParse(raw);
    if (parsed.success) options.onMessage(parsed.data);
  });
  child.on('error', () => undefined);
  child.once('exit', (code, signal) => options.onExit(code, signal));
  let partial = '';
  child.stderr?.setEncoding('utf8');
  child.stderr?.on('data', (chunk: string) => {
    const lines = (partial + chunk).split('\n');
    partial = lines.pop()?.slice(0, 4096) ?? '';
    for (const line of lines) if (line.trim()) options.onStderr?.(line);
  });
  return {
    pid: child.pid,
    groupId: child.pid,
    child,
    bootCpus: command.bootCpus,
    send(message) {
      if (child.connected) child.send(message);
    },
  };
}

/** The cores in a kernel core list ("0-2,5" → 0,1,2,5), as /proc/<pid>/status's Cpus_allowed_list writes them. */
export function parseCpuList(text: string): number[] {
  const cpus: number[] = [];
  for (const part of text.trim().split(',')) {
    if (!part) continue;
    const [from, to] = part.split('-').map(Number) as [number, number | undefined];
    for (let cpu = from; cpu <= (to ?? from); cpu += 1) cpus.push(cpu);
  }
  return cpus;
}

/** Cpus_allowed_list of every thread of a process, by tid; empty when it is gone. */
export function threadAffinities(pid: number): Map<number, number[]> {
  const affinities = new Map<number, number[]>();
  let tids: string[];
  try {
    tids = readdirSync(`/proc/${pid}/task`);
  } catch {
    return affinities;
  }
  for (const tid of tids) {
    try {
      const list = /^Cpus_allowed_list:\s*(\S+)$/m.exec(readFileSync(`/proc/${pid}/task/${tid}/status`, 'utf8'))?.[1];
      if (list !== undefined) affinities.set(Number(tid), parseCpuList(list));
    } catch {
      // This thread ended while we looked.
    }
  }
  return affinities;
}

/**
 * Pins a living process, every thread it has, and (by inheritance) every
 * process and thread it starts later to `cpus`: util-linux's taskset, which
 * calls sched_setaffinity(2) for each thread (`-a`). Node has no API for it.
 * A child created by fork(2) inherits its parent's mask, and so does a thread.
 *
 * Rejects, with the reason, when taskset is missing, a core is not one of
 * this machine's (or not allowed to this server), or the process is gone.
 * taskset -a -p exits 0 for a pid that does not exist (util-linux 2.38: it
 * walks an empty /proc/<pid>/task), so the result is read back from /proc:
 * resolved means every thread the process has is on exactly these cores.
 */
export function pinGroup(pid: number, cpus: readonly number[]): Promise<void> {
  return new Promise((resolve, reject) => {
    if (!taskset) {
      reject(new Error('taskset (util-linux) is not installed, so runs cannot be pinned to cores'));
      return;
    }
    let list: string;
    try {
      list = cpuList(cpus);
    } catch (error) {
      reject(error as Error);
      return;
    }
    const wanted = [...new Set(cpus)].sort((x, y) => x - y).join(',');
    const attempt = (left: number): void => {
      execFile(taskset as string, ['-a', '-p', '-c', list, String(pid)], { timeout: 5_000 }, (error, _stdout, stderr) => {
        if (error) {
          reject(new Error(`taskset could not pin pid ${pid} to cores ${list}: ${stderr.trim() || error.message}`));
          return;
        }
        const affinities = threadAffinities(pid);
        if (affinities.size === 0) {
          reject(new Error(`taskset could not pin pid ${pid} to cores ${list}: the process is gone`));
          return;
        }
        const off = [...affinities].find(([, has]) => has.join(',') !== wanted);
        if (!off) resolve();
        // A thread born during the pass, of a thread not yet moved, kept the old mask: once more.
        else if (left > 0) attempt(left - 1);
        else reject(new Error(`taskset could not pin pid ${pid} to cores ${list}: thread ${off[0]} is on cores ${off[1].join(',')}`));
      });
    };
    attempt(2);
  });
}
