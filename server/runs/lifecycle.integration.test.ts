/**
 * The server's promises about runs, checked on the real built server:
 * bad input changes nothing, stop ends the whole group, and the server's own
 * end (SIGTERM, or SIGKILL with no chance to clean up) leaves no process.
 */
import { existsSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { serverMessageSchema, type ServerMessage } from '../../shared/protocol.js';
import { postJson, runOverWebSocket, sleep, startLabServer, type LabServer } from '../testing/labServer.js';
import { membersOfGroup } from '../testing/procWatch.js';

async function waitUntilEmpty(groups: number[], withinMs: number): Promise<{ pid: number; state: string }[]> {
  const deadline = Date.now() + withinMs;
  let left = groups.flatMap(membersOfGroup);
  while (left.length > 0 && Date.now() < deadline) {
    await sleep(25);
    left = groups.flatMap(membersOfGroup);
  }
  return left;
}

function openSocket(server: LabServer, origin = server.url): Promise<{ socket: WebSocket; next: () => Promise<ServerMessage> }> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(server.wsUrl, { origin });
    const inbox: ServerMessage[] = [];
    const waiting: ((message: ServerMessage) => void)[] = [];
    socket.on('message', (data) => {
      const message = serverMessageSchema.parse(JSON.parse(data.toString()));
      // The classroom room's state is not what these tests are about.
      if (message.type === 'room.state') return;
      const waiter = waiting.shift();
      if (waiter) waiter(message);
      else inbox.push(message);
    });
    socket.on('open', () =>
      resolve({
        socket,
        next: () => new Promise((done) => (inbox.length > 0 ? done(inbox.shift() as ServerMessage) : waiting.push(done))),
      }),
    );
    socket.on('error', reject);
  });
}

describe('bad input changes nothing', () => {
  let server: LabServer;
  beforeAll(async () => {
    server = await startLabServer();
  });
  afterAll(async () => {
    await server.stop();
  });

  it('answers malformed HTTP bodies with 400 and a sentence, and starts nothing', async () => {
    const cases: [unknown, RegExp][] = [
      ['{not json', /not valid JSON/],
      [[1, 2], /JSON object/],
      [{ experiment: 42 }, /experiment/],
      [{ experiment: 'memry' }, /unknown experiment "memry"; known experiments: memory/],
      [{ experiment: 'memory', params: { processes: 9 } }, /"processes" must be a whole number from 1 to 8 \(got 9\)/],
      [{ experiment: 'memory', params: { threads: 'three' } }, /"threads" must be a whole number from 1 to 8/],
      [{ experiment: 'memory', params: { increments: 1e308 } }, /"increments"/],
      [{ experiment: 'memory', params: { procesess: 2 } }, /unknown parameter "procesess".*processes, threads, increments/],
    ];
    for (const [body, message] of cases) {
      const response = await postJson(`${server.url}/api/runs`, body);
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(String(response.body.error)).toMatch(message);
    }
    const runs = (await (await fetch(`${server.url}/api/runs`)).json()) as { runs: unknown[] };
    expect(runs.runs).toEqual([]);
  });

  it('answers bad WebSocket messages with an error and keeps serving', async () => {
    const { socket, next } = await openSocket(server);
    expect((await next()).type).toBe('welcome');
    socket.send('{oops');
    expect(await next()).toMatchObject({ type: 'error', error: expect.stringMatching(/not valid JSON/) });
    socket.send(JSON.stringify({ type: 'launch.missiles' }));
    expect(await next()).toMatchObject({ type: 'error', error: expect.stringMatching(/not a message the lab understands/) });
    socket.send(JSON.stringify({ type: 'run.start', experiment: 'memory', params: { processes: 0 } }));
    expect(await next()).toMatchObject({ type: 'error', error: expect.stringMatching(/"processes" must be/) });
    socket.close();
    const health = (await (await fetch(`${server.url}/api/health`)).json()) as { ok: boolean; running: number };
    expect(health).toMatchObject({ ok: true, running: 0 });
  });

  it('refuses a WebSocket upgrade from a foreign Origin before the handshake', async () => {
    const status = await new Promise<number>((resolve) => {
      const socket = new WebSocket(server.wsUrl, { origin: 'http://evil.example' });
      socket.on('unexpected-response', (_request, response) => resolve(response.statusCode ?? 0));
      socket.on('open', () => resolve(101));
      socket.on('error', () => undefined);
    });
    expect(status).toBe(403);
  });
});

describe('ending runs ends their processes', () => {
  it('stop ends the whole process group of a running run', async () => {
    const server = await startLabServer();
    try {
      let hostPid = 0;
      const { socket, next } = await openSocket(server);
      await next();
      socket.send(JSON.stringify({ type: 'run.start', experiment: 'memory', params: { processes: 8, threads: 8, increments: 1000 } }));
      let runId = '';
      let childSeen = false;
      while (!childSeen) {
        const message = await next();
        if (message.type === 'run.accepted') runId = message.run.id;
        if (message.type === 'events') {
          for (const event of message.events) {
            if (event.kind === 'actor.started' && event.actor === 'host') hostPid = event.pid;
            if (event.kind === 'actor.started' && event.actor.startsWith('child-')) childSeen = true;
          }
        }
      }
      const stopped = await postJson(`${server.url}/api/runs/${runId}/stop`, {});
      expect(stopped.status).toBe(200);
      let status = '';
      while (!['stopped', 'finished', 'failed'].includes(status)) {
        const message = await next();
        if (message.type === 'run.status') status = message.run.status;
      }
      expect(status).toBe('stopped');
      expect(await waitUntilEmpty([hostPid], 2000)).toEqual([]);
      const info = (await (await fetch(`${server.url}/api/runs/${runId}`)).json()) as { status: string };
      expect(info.status).toBe('stopped');
      socket.close();
    } finally {
      await server.stop();
    }
  });

  // Twenty runs live at once (race step mode waits for a person, so none ends by itself).
  const LIVE_RUNS = 20;
  for (const signal of ['SIGTERM', 'SIGINT', 'SIGKILL'] as const) {
    it(`${signal} to the server with ${LIVE_RUNS} runs live leaves no lab process alive`, async () => {
      const server = await startLabServer(['--max-running', String(LIVE_RUNS)]);
      const hosts = new Set<number>();
      const steppers = new Set<number>();
      const runs = Array.from({ length: LIVE_RUNS }, () =>
        runOverWebSocket(server, 'race', { mode: 'step' }, (event) => {
          if (event.kind !== 'actor.started' || event.type !== 'process') return;
          (event.actor === 'host' ? hosts : steppers).add(event.pid);
        }).catch(() => undefined),
      );
      const deadline = Date.now() + 45_000;
      while (steppers.size < LIVE_RUNS && Date.now() < deadline) await sleep(20);
      expect(steppers.size).toBe(LIVE_RUNS);
      expect((await (await fetch(`${server.url}/api/health`)).json()) as { running: number }).toMatchObject({ running: LIVE_RUNS });

      const exit = await server.stop(signal);
      if (signal !== 'SIGKILL') expect(exit.code).toBe(0);
      const left = await waitUntilEmpty([...hosts], signal === 'SIGKILL' ? 2000 : 3000);
      // With the server SIGKILLed, the hosts' parent is gone: their exit status
      // goes to init, which reaps on its own schedule. Exited is what counts.
      expect(signal === 'SIGKILL' ? left.filter((member) => member.state !== 'Z') : left).toEqual([]);
      const alive = [...steppers].filter((pid) => existsSync(`/proc/${pid}`) && !readFileSync(`/proc/${pid}/stat`, 'utf8').includes(') Z '));
      expect(alive).toEqual([]);
      await Promise.all(runs);
    }, 90_000);
  }
});
