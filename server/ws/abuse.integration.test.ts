/**
 * Hostile and broken clients against the real server: malformed frames and
 * bodies, oversized frames, floods. Each is answered with an error or a
 * close; nothing is launched; the server keeps serving everyone else.
 * LAB_FUZZ_COUNT sets how many malformed inputs of each kind (default 1000;
 * the soak suite uses 10,000).
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { postJson, startLabServer, type LabServer } from '../testing/labServer.js';

const COUNT = Number(process.env.LAB_FUZZ_COUNT ?? 1000);

let server: LabServer;
beforeAll(async () => {
  server = await startLabServer();
});
afterAll(async () => {
  await server.stop();
});

/** A malformed input: random bytes, wrong types, huge numbers, unknown kinds, deep nesting. */
function malformed(index: number): string {
  const deep = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);
  const variants = [
    () => randomBytes(1 + (index % 200)).toString('latin1'),
    () => JSON.stringify({ type: 'run.start', experiment: 'memory', params: { processes: 1e308 } }),
    () => JSON.stringify({ type: 'run.start', experiment: 'memory', params: { processes: -1 } }),
    () => JSON.stringify({ type: 'run.start', experiment: ['memory'] }),
    () => JSON.stringify({ type: 'run.start', experiment: 'memory', params: { threads: { $gt: 1 } } }),
    () => JSON.stringify({ type: `kind-${index}` }),
    () => JSON.stringify({ type: 'run.start', experiment: 'memory', params: { increments: JSON.parse(deep(500)) } }),
    () => deep(20_000),
    () => JSON.stringify({ experiment: 'memory', params: { processes: '3' } }),
    () => JSON.stringify({ type: 'subscribe', run: 'x'.repeat(1000) }),
    () => 'null',
    () => JSON.stringify({ type: 'run.start', experiment: '../../../etc/passwd' }),
  ];
  return (variants[index % variants.length] as () => string)();
}

async function runCount(): Promise<number> {
  return ((await (await fetch(`${server.url}/api/runs`)).json()) as { runs: unknown[] }).runs.length;
}

describe('hostile input', () => {
  it(`answers ${COUNT} malformed HTTP bodies with 400 (413 when over 16 kB) and launches nothing`, async () => {
    for (let index = 0; index < COUNT; index += 1) {
      const body = malformed(index);
      const response = await postJson(`${server.url}/api/runs`, body);
      expect(response.status, body.slice(0, 80)).toBe(Buffer.byteLength(body) > 16 * 1024 ? 413 : 400);
      expect(typeof response.body.error).toBe('string');
    }
    expect(await runCount()).toBe(0);
  });

  it(`answers ${COUNT} malformed WebSocket frames with errors and launches nothing`, async () => {
    let answered = 0;
    const perConnection = 25; // under the per-connection burst, so each gets a real answer
    for (let start = 0; start < COUNT; start += perConnection) {
      const socket = new WebSocket(server.wsUrl, { origin: server.url });
      await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
      const batch = Math.min(perConnection, COUNT - start);
      const errors = new Promise<void>((resolve) => {
        let seen = 0;
        socket.on('message', (data) => {
          const message = JSON.parse(data.toString()) as { type: string };
          if (message.type === 'error' && ++seen === batch) resolve();
        });
      });
      for (let index = start; index < start + batch; index += 1) socket.send(malformed(index));
      await errors;
      answered += batch;
      socket.close();
    }
    expect(answered).toBe(COUNT);
    expect(await runCount()).toBe(0);
  });

  it('closes a client that sends a 10 MB frame with 1009, and keeps serving', async () => {
    const socket = new WebSocket(server.wsUrl, { origin: server.url });
    await new Promise((resolve) => socket.once('open', resolve));
    const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
    socket.on('error', () => undefined);
    socket.send(Buffer.alloc(10 * 1024 * 1024, 'a').toString());
    // The server closes with 1009 through the close handshake, so the client learns why (1006 would say nothing).
    expect(await closed).toBe(1009);
    const health = await fetch(`${server.url}/api/health`);
    expect(health.status).toBe(200);
  });

  it('refuses messages over the per-connection rate', async () => {
    const socket = new WebSocket(server.wsUrl, { origin: server.url });
    await new Promise((resolve) => socket.once('open', resolve));
    const errors: string[] = [];
    socket.on('message', (data) => {
      const message = JSON.parse(data.toString()) as { type: string; error?: string };
      if (message.type === 'error' && message.error) errors.push(message.error);
    });
    for (let index = 0; index < 200; index += 1) socket.send(JSON.stringify({ type: 'unsubscribe', run: 'none' }));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(errors.some((error) => /too many messages/.test(error))).toBe(true);
    socket.close();
  });
});
