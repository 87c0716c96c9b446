/**
 * Slow and silent clients. One that stops reading while it floods
 * subscribe/unsubscribe for a big ended run costs the server no memory
 * (replays are paced by the client's reading), does not hold up /api/health
 * or a reader beside it, and is closed (1008, "not reading") once a replay
 * frame has waited for it longer than the stall bound; one that stops
 * answering pings is dropped within two heartbeat intervals.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { writeArchivedRun } from '../testing/archivedRunFixture.js';
import { sleep, startLabServer, type LabServer } from '../testing/labServer.js';

const HEARTBEAT_MS = 300;
/** The replay stall bound of the slow-client server; its heartbeat keeps the default 15 s, so only this bound can close the client in time. */
const STALL_MS = 1_000;
const BIG_RUN = 'bigrun000001';
// About 22 MB of frames: far more than the loopback buffers of a client that does not read.
const BIG_EVENTS = 200_000;
// Two servers, so each test sees one mechanism: a short replay stall bound
// with the usual heartbeat, and a fast heartbeat with the usual bounds.
let replayServer: LabServer;
let heartbeatServer: LabServer;
let server: LabServer;
beforeAll(async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'lab-slow-client-'));
  writeArchivedRun(dataDir, BIG_RUN, BIG_EVENTS);
  [replayServer, heartbeatServer] = await Promise.all([
    startLabServer(['--data-dir', dataDir, '--replay-stall-ms', String(STALL_MS)]),
    startLabServer(['--heartbeat-ms', String(HEARTBEAT_MS)]),
  ]);
});
afterAll(async () => {
  await Promise.all([replayServer?.stop(), heartbeatServer?.stop()]);
});

function open(options: WebSocket.ClientOptions = {}): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(server.wsUrl, { origin: server.url, ...options });
    socket.once('open', () => resolve(socket)).once('error', reject);
  });
}

function rssMiB(pid: number): number {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return Number(match?.[1] ?? 0) / 1024;
}

/** Times one /api/health; one that fails or takes more than 5 s counts as 5 s. */
async function healthLatencyMs(): Promise<number> {
  const started = performance.now();
  try {
    const response = await fetch(`${server.url}/api/health`, { signal: AbortSignal.timeout(5_000) });
    if (!((await response.json()) as { ok?: boolean }).ok) return 5_000;
  } catch {
    return 5_000;
  }
  return performance.now() - started;
}

/** Subscribes to the big run on a reading client and counts its events until the status. */
function replayed(reader: WebSocket): Promise<number> {
  return new Promise((resolve, reject) => {
    let events = 0;
    const timer = setTimeout(() => reject(new Error(`replay incomplete after 10 s: ${events} events`)), 10_000);
    const listener = (data: WebSocket.RawData) => {
      const message = JSON.parse(data.toString()) as { type: string; events?: unknown[]; error?: string };
      if (message.type === 'events') events += message.events?.length ?? 0;
      if (message.type === 'error') reject(new Error(message.error));
      if (message.type === 'run.status') {
        clearTimeout(timer);
        reader.off('message', listener);
        reader.send(JSON.stringify({ type: 'unsubscribe', run: BIG_RUN }));
        resolve(events);
      }
    };
    reader.on('message', listener);
    reader.send(JSON.stringify({ type: 'subscribe', run: BIG_RUN }));
  });
}

describe('slow and silent clients', () => {
  it('a client that stops reading and floods subscribes for a big ended run costs no memory, stalls no one, and is closed', async () => {
    server = replayServer;
    const reader = await open();
    // Loads the log into the cache, so what follows measures the paused client alone.
    expect(await replayed(reader)).toBe(BIG_EVENTS);
    await healthLatencyMs();
    const baseline = rssMiB(server.pid);
    let peak = baseline;
    let worstHealth = 0;
    let sampling = true;
    const sampler = (async () => {
      while (sampling) {
        peak = Math.max(peak, rssMiB(server.pid));
        worstHealth = Math.max(worstHealth, await healthLatencyMs());
        await sleep(100);
      }
    })();

    const slow = await open();
    const slowClosed = new Promise<{ code: number; reason: string }>((resolve) =>
      slow.once('close', (code, reason) => resolve({ code, reason: reason.toString() })),
    );
    // Stop reading: the kernel's buffers take the first megabytes, then nothing leaves.
    const slowSocket = (slow as unknown as { _socket: { pause(): void; resume(): void } })._socket;
    slowSocket.pause();
    const flooded = performance.now();
    // 30 messages, within the hub's burst of 40; spaced so that each replay gets to send.
    for (let copy = 0; copy < 15; copy += 1) {
      slow.send(JSON.stringify({ type: 'subscribe', run: BIG_RUN }));
      await sleep(30);
      slow.send(JSON.stringify({ type: 'unsubscribe', run: BIG_RUN }));
      await sleep(30);
    }
    // Meanwhile a reader beside it is served in full.
    expect(await replayed(reader)).toBe(BIG_EVENTS);
    // By now the server has closed the paused client; its close frame waits behind what it did not read.
    await sleep(Math.max(0, flooded + 15 * 60 + STALL_MS + 1_000 - performance.now()));
    sampling = false;
    await sampler;
    console.log(
      `[slow client] RSS ${baseline.toFixed(0)} MiB -> peak ${peak.toFixed(0)} MiB (+${(peak - baseline).toFixed(0)}), worst /api/health ${worstHealth.toFixed(0)} ms`,
    );
    expect(peak - baseline).toBeLessThan(64);
    expect(worstHealth).toBeLessThan(1_000);

    // Reading again, the slow client finds the server gave up on it, and why. (Without
    // the stall bound it would stay open here: the heartbeat of 15 s has not acted yet.)
    slowSocket.resume();
    const closed = await Promise.race([slowClosed, sleep(5_000).then(() => undefined)]);
    expect(closed).toEqual({ code: 1008, reason: expect.stringMatching(/^not reading/) });
    reader.close();
  }, 20_000);

  it('drops a client that stops answering pings within two heartbeat intervals', async () => {
    server = heartbeatServer;
    const silent = await open({ autoPong: false });
    const opened = Date.now();
    const closedAfter = await new Promise<number>((resolve) => silent.once('close', () => resolve(Date.now() - opened)));
    expect(closedAfter).toBeLessThanOrEqual(2 * HEARTBEAT_MS + 250);
  });
});
