/**
 * Bare reference loops for the fidelity benchmark: the same measurements the
 * lessons make, written as plainly as possible and run outside the lab (no
 * lab host, no events, no supervisor). Prints medians as JSON.
 *
 *   node loops.js <units> <repeats> <messageBytes> <roundTrips> [creation|communication|all]
 *
 * The part (default all) lets the bench run each half on the cores the lab
 * gives that lesson (extraRows.ts runs it under taskset, like the lab's runs).
 */
import { execFileSync, fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, open as openCallback, rmSync } from 'node:fs';
import { createServer, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Worker } from 'node:worker_threads';
import { median } from '../../../shared/stats.js';

const [units, repeats, messageBytes, roundTrips] = process.argv.slice(2, 6).map(Number) as [number, number, number, number];
const part = process.argv[6] ?? 'all';
const peerUrl = new URL('./peer.js', import.meta.url);
const open = promisify(openCallback);

type Endpoint = { send(message: unknown): void; on(event: 'message', listener: (message: unknown) => void): unknown; off(event: 'message', listener: (message: unknown) => void): unknown };
const nextMessage = (endpoint: Endpoint) =>
  new Promise<Record<string, unknown>>((resolve) => {
    const listener = (message: unknown) => {
      endpoint.off('message', listener);
      resolve(message as Record<string, unknown>);
    };
    endpoint.on('message', listener);
  });

async function creation(kind: 'thread' | 'process'): Promise<number> {
  const samples: number[] = [];
  for (let repeat = 0; repeat < repeats; repeat += 1) {
    const started = Array.from({ length: units }, () => {
      const requested = performance.now();
      const unit = kind === 'thread' ? new Worker(peerUrl) : fork(peerUrl, [], { execArgv: [] });
      const ready = new Promise<void>((resolve) => unit.once('message', () => resolve())).then(() => {
        // The lesson leaves its first (story) repeat out of the figures; so does the reference.
        if (repeat > 0 || repeats === 1) samples.push((performance.now() - requested) * 1000);
      });
      return { unit, ready };
    });
    await Promise.all(started.map(({ ready }) => ready));
    await Promise.all(
      started.map(({ unit }) => {
        const exited = new Promise((resolve) => unit.once('exit', resolve));
        if (unit instanceof Worker) unit.postMessage({ type: 'end' });
        else (unit as ChildProcess).send({ type: 'end' });
        return exited;
      }),
    );
  }
  return median(samples);
}

async function pingPong(endpoint: Endpoint, payload: unknown): Promise<number> {
  const samples: number[] = [];
  for (let round = 0; round < roundTrips + 50; round += 1) {
    const before = performance.now();
    const back = nextMessage(endpoint);
    endpoint.send({ type: 'ping', payload });
    await back;
    if (round >= 50) samples.push((performance.now() - before) * 1000);
  }
  return median(samples);
}

function sabPingPong(worker: Worker): number {
  const buffer = new SharedArrayBuffer(64 + messageBytes);
  const turn = new Int32Array(buffer, 0, 1);
  const bytes = new Uint8Array(buffer, 64, messageBytes);
  const payload = new Uint8Array(messageBytes).fill(5);
  worker.postMessage({ type: 'sab', buffer });
  const samples: number[] = [];
  for (let round = 0; round < roundTrips + 50; round += 1) {
    const before = performance.now();
    bytes.set(payload);
    const request = Atomics.load(turn, 0) + 1;
    Atomics.store(turn, 0, request);
    Atomics.notify(turn, 0);
    Atomics.wait(turn, 0, request);
    if (round >= 50) samples.push((performance.now() - before) * 1000);
  }
  Atomics.store(turn, 0, -1);
  Atomics.notify(turn, 0);
  return median(samples);
}

async function streamPingPong(child: ChildProcess, kind: 'pipe' | 'unix' | 'tcp'): Promise<number> {
  const directory = mkdtempSync(join(tmpdir(), 'lab-reference-'));
  let readable: Socket;
  let writable: Socket;
  if (kind === 'pipe') {
    const [a, b] = [join(directory, 'a'), join(directory, 'b')];
    execFileSync('mkfifo', [a, b]);
    child.send({ type: 'stream', kind, a, b, size: messageBytes });
    const [write, read] = await Promise.all([open(a, 'w'), open(b, 'r')]);
    writable = new Socket({ fd: write, readable: false, writable: true });
    readable = new Socket({ fd: read, readable: true, writable: false });
  } else {
    const server = createServer();
    const path = join(directory, 'socket');
    await new Promise<void>((resolve) => (kind === 'unix' ? server.listen(path, resolve) : server.listen(0, '127.0.0.1', resolve)));
    const address = server.address();
    const connected = new Promise<Socket>((resolve) => server.once('connection', resolve));
    child.send({ type: 'stream', kind, a: path, port: typeof address === 'object' && address ? address.port : 0, size: messageBytes });
    readable = writable = await connected;
    readable.setNoDelay(true);
    server.close();
  }
  await nextMessage(child as unknown as Endpoint);
  const frame = Buffer.alloc(messageBytes, 3);
  let pending = 0;
  let arrived: () => void = () => undefined;
  readable.on('data', (chunk: Buffer) => {
    pending += chunk.length;
    while (pending >= messageBytes) {
      pending -= messageBytes;
      arrived();
    }
  });
  const samples: number[] = [];
  for (let round = 0; round < roundTrips + 50; round += 1) {
    const before = performance.now();
    const back = new Promise<void>((resolve) => (arrived = resolve));
    writable.write(frame);
    await back;
    if (round >= 50) samples.push((performance.now() - before) * 1000);
  }
  readable.destroy();
  writable.destroy();
  rmSync(directory, { recursive: true, force: true });
  return median(samples);
}

const figures: Record<string, number> = {};
if (part !== 'communication') {
  figures.threadReadyUs = await creation('thread');
  figures.processReadyUs = await creation('process');
}
if (part === 'creation') {
  console.log(JSON.stringify(figures));
  process.exit(0);
}

const worker = new Worker(peerUrl);
await new Promise((resolve) => worker.once('message', resolve));
figures.postMessageUs = await pingPong({ send: (message) => worker.postMessage(message), on: (e, l) => worker.on(e, l), off: (e, l) => worker.off(e, l) }, new Uint8Array(messageBytes).fill(1));
figures.sabWaitUs = sabPingPong(worker);
await worker.terminate();

for (const serialization of ['json', 'advanced'] as const) {
  const child = fork(peerUrl, [], { serialization, execArgv: [] });
  await nextMessage(child as unknown as Endpoint);
  const payload = serialization === 'json' ? 'x'.repeat(messageBytes) : new Uint8Array(messageBytes).fill(1);
  figures[serialization === 'json' ? 'ipcJsonUs' : 'ipcAdvancedUs'] = await pingPong(
    { send: (message) => child.send(message as string), on: (e, l) => child.on(e, l), off: (e, l) => child.off(e, l) },
    payload,
  );
  if (serialization === 'json') {
    figures.pipeUs = await streamPingPong(child, 'pipe');
    figures.unixSocketUs = await streamPingPong(child, 'unix');
    figures.tcpUs = await streamPingPong(child, 'tcp');
  }
  child.kill();
}
console.log(JSON.stringify(figures));
