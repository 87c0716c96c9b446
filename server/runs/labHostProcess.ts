/**
 * Starts a lab host: a Node process in a process group of its own, with a heap
 * limit and core dumps off, connected to the server by an IPC channel, and
 * (where util-linux's setpriv exists) a parent-death signal.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hostToServerSchema, type HostToServer, type ServerToHost } from '../lab/hostProtocol.js';
import { defaultHostLimits, limitsPrefix, type HostLimits } from './hostLimits.js';

export type LabHostOptions = {
  /** V8 old-space limit of the host, in MiB. */
  heapLimitMb: number;
  /** Resource limits of the host and everything it starts (hostLimits.ts). Default: for runs of up to 600 s on 2 cores. */
  limits?: HostLimits;
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
  send(message: ServerToHost): void;
};

const hostEntry = fileURLToPath(new URL('../lab/labHost.js', import.meta.url));

/** util-linux's setpriv and prlimit, found on PATH once; undefined where missing. */
const setpriv = findExecutable('setpriv', process.env.PATH ?? '/usr/bin:/bin');
const prlimit = findExecutable('prlimit', process.env.PATH ?? '/usr/bin:/bin');

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

/**
 * The command that becomes the host. Node has no setrlimit, so util-linux's
 * prlimit sets the run's resource limits (hostLimits.ts) and execs a shell
 * that becomes the host with exec: same pid, same group, IPC fd inherited. In front of it, `setpriv --pdeathsig
 * TERM` asks the kernel to send the host SIGTERM when the server dies, even by
 * SIGKILL; the mark survives both execs. SIGTERM, not SIGKILL: the host's
 * handler then ends its whole group, where a SIGKILL would end the host alone
 * and orphan its children. (The server's IPC closing says the same; this holds
 * even if that message never runs.) Without setpriv the IPC channel is the
 * only notice.
 */
export function hostCommand(
  tools: { setpriv: string | undefined; prlimit: string | undefined },
  heapLimitMb: number,
  limits: HostLimits,
): { file: string; args: string[] } {
  const { prefix, shellLine } = limitsPrefix(tools.prlimit, limits);
  const command = [...prefix, '/bin/sh', '-c', shellLine, process.execPath, `--max-old-space-size=${heapLimitMb}`, hostEntry];
  const all = tools.setpriv ? [tools.setpriv, '--pdeathsig', 'TERM', ...command] : command;
  return { file: all[0] as string, args: all.slice(1) };
}

export function startLabHost(options: LabHostOptions): LabHost {
  const command = hostCommand({ setpriv, prlimit }, options.heapLimitMb, options.limits ?? defaultHostLimits(600, 2));
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
    send(message) {
      if (child.connected) child.send(message);
    },
  };
}
