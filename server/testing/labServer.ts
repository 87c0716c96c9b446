/**
 * Test helpers that treat the lab as a black box: start the built server as a
 * real process, drive it over HTTP and WebSocket, and look at the processes
 * it starts from outside, through /proc.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { constants as osConstants, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import WebSocket from 'ws';
import { serverMessageSchema, type LabEvent, type RunInfo } from '../../shared/protocol.js';

// From the sources (tests) the built server is in dist/; from dist/ (benchmarks) it is a sibling.
const serverEntry = fileURLToPath(
  new URL(import.meta.url.includes('/dist/server/') ? '../main.js' : '../../dist/server/main.js', import.meta.url),
);

export type LabServer = {
  url: string;
  wsUrl: string;
  pid: number;
  process: ChildProcess;
  output(): string;
  /** Sends a signal and resolves when the server exited. */
  stop(signal?: NodeJS.Signals): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
};

/** Servers this process started and has not seen exit. */
const running = new Set<ChildProcess>();
let guarded = false;

/**
 * A harness stopped mid-run (Ctrl-C, a CI timeout's SIGTERM) must not leave
 * its lab server behind: a killed soak did, with a warm lab host under it.
 * SIGTERM to the server ends its lab hosts' groups too. (A SIGKILL of the
 * harness cannot be caught; the server would then stay until stopped.)
 */
function stopServersWhenThisProcessEnds(): void {
  if (guarded) return;
  guarded = true;
  const stopAll = () => {
    for (const child of running) child.kill('SIGTERM');
  };
  process.once('exit', stopAll);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      stopAll();
      process.exit(128 + osConstants.signals[signal]);
    });
  }
}

/** Starts dist/server/main.js on a free port (build first: npm run build:server). */
export async function startLabServer(extraArgs: string[] = [], nodeFlags: string[] = []): Promise<LabServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'lab-test-'));
  const child = spawn(process.execPath, [...nodeFlags, serverEntry, '--port', '0', '--data-dir', dataDir, ...extraArgs], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  child.once('exit', () => running.delete(child));
  stopServersWhenThisProcessEnds();
  let output = '';
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 10_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /running at (http:\/\/\S+?)\/?\s/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code}:\n${output}`)));
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  return {
    url,
    wsUrl: `${url.replace('http', 'ws')}/ws`,
    pid: child.pid as number,
    process: child,
    output: () => output,
    async stop(signal = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}

export async function postJson(url: string, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

export type FollowedRun = { info: RunInfo; events: LabEvent[] };

/**
 * Starts a run over the WebSocket and follows it to its end. `onEvent` sees
 * each event as it arrives (while the run's processes may still exist).
 */
export function runOverWebSocket(
  server: LabServer,
  experiment: string,
  params: Record<string, unknown>,
  onEvent: (event: LabEvent) => void = () => undefined,
  timeoutMs = 60_000,
): Promise<FollowedRun> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(server.wsUrl, { origin: server.url });
    const events: LabEvent[] = [];
    const timer = setTimeout(() => {
      socket.close();
      reject(new Error(`run did not end within ${timeoutMs} ms`));
    }, timeoutMs);
    socket.on('open', () => socket.send(JSON.stringify({ type: 'run.start', requestId: 'r', experiment, params })));
    socket.on('message', (data) => {
      const message = serverMessageSchema.parse(JSON.parse(data.toString()));
      if (message.type === 'error') {
        clearTimeout(timer);
        socket.close();
        reject(new Error(message.error));
      } else if (message.type === 'events') {
        for (const event of message.events as LabEvent[]) {
          events.push(event);
          onEvent(event);
        }
      } else if (message.type === 'run.status' && ['finished', 'failed', 'stopped'].includes(message.run.status)) {
        clearTimeout(timer);
        socket.close();
        resolve({ info: message.run, events });
      }
    });
    socket.on('error', reject);
    // Settles nothing if the run already ended; otherwise the server went away mid-run.
    socket.on('close', () => {
      clearTimeout(timer);
      reject(new Error('the connection closed before the run ended'));
    });
  });
}

export async function sleep(ms: number): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, ms));
}
