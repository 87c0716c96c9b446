/**
 * Slow and silent clients: one that stops reading is closed before its
 * backlog can grow server memory, without holding up a reader beside it; one
 * that stops answering pings is dropped within two heartbeat intervals.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startLabServer, type LabServer } from '../testing/labServer.js';

const HEARTBEAT_MS = 300;
// Two servers, so each test sees one mechanism: a small send buffer with the
// usual heartbeat, and a fast heartbeat with the usual buffer.
let bufferServer: LabServer;
let heartbeatServer: LabServer;
let server: LabServer;
beforeAll(async () => {
  bufferServer = await startLabServer(['--max-client-buffer', String(64 * 1024)]);
  heartbeatServer = await startLabServer(['--heartbeat-ms', String(HEARTBEAT_MS)]);
});
afterAll(async () => {
  await Promise.all([bufferServer.stop(), heartbeatServer.stop()]);
});

function open(options: WebSocket.ClientOptions = {}): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(server.wsUrl, { origin: server.url, ...options });
    socket.once('open', () => resolve(socket)).once('error', reject);
  });
}

describe('slow and silent clients', () => {
  it('closes a client that stops reading, while a reading client gets every event', async () => {
    server = bufferServer;
    const reader = await open();
    const runToEnd = () =>
      new Promise<{ id: string; received: number; eventCount: number }>((resolve) => {
        let received = 0;
        let id = '';
        const listener = (data: WebSocket.RawData) => {
          const message = JSON.parse(data.toString()) as { type: string; run?: { id: string; status: string; eventCount: number }; events?: unknown[] };
          if (message.type === 'run.accepted' && message.run) id = message.run.id;
          if (message.type === 'events') received += message.events?.length ?? 0;
          if (message.type === 'run.status' && message.run?.status === 'finished') {
            reader.off('message', listener);
            resolve({ id, received, eventCount: message.run.eventCount });
          }
        };
        reader.on('message', listener);
        reader.send(JSON.stringify({ type: 'run.start', experiment: 'memory', params: { processes: 8, threads: 8, increments: 1000 } }));
      });
    const big = await runToEnd();

    const slow = await open();
    const slowClosed = new Promise<void>((resolve) => slow.once('close', () => resolve()));
    // Stop reading: the kernel's buffers fill first (megabytes on loopback), then the server's.
    const slowSocket = (slow as unknown as { _socket: { pause(): void; resume(): void } })._socket;
    slowSocket.pause();
    for (let copy = 0; copy < 15; copy += 1) {
      slow.send(JSON.stringify({ type: 'subscribe', run: big.id }));
      slow.send(JSON.stringify({ type: 'unsubscribe', run: big.id }));
    }

    // Meanwhile a reader beside it is served in full.
    const next = await runToEnd();
    expect(next.received).toBe(next.eventCount);
    const health = (await (await fetch(`${server.url}/api/health`)).json()) as { ok: boolean };
    expect(health.ok).toBe(true);

    // Reading again, the slow client finds the server gave up on it.
    slowSocket.resume();
    await slowClosed;
    reader.close();
  });

  it('drops a client that stops answering pings within two heartbeat intervals', async () => {
    server = heartbeatServer;
    const silent = await open({ autoPong: false });
    const opened = Date.now();
    const closedAfter = await new Promise<number>((resolve) => silent.once('close', () => resolve(Date.now() - opened)));
    expect(closedAfter).toBeLessThanOrEqual(2 * HEARTBEAT_MS + 250);
  });
});
