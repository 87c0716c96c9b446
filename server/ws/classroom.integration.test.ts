/**
 * Classroom mode on the real server: only the presenter's token starts runs
 * or moves the room; students follow the presenter's playhead live.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectWithInbox } from '../testing/inboxSocket.js';
import { postJson, startLabServer, type LabServer } from '../testing/labServer.js';

let server: LabServer;
let token = '';
beforeAll(async () => {
  server = await startLabServer(['--host', '0.0.0.0']);
  for (let tries = 0; !token && tries < 100; tries += 1) {
    token = /token=([\w-]+)/.exec(server.output())?.[1] ?? '';
    if (!token) await new Promise((resolve) => setTimeout(resolve, 20));
  }
});
afterAll(async () => {
  await server.stop();
});

const connect = (query = '') => connectWithInbox(server, { query });

describe('classroom mode', () => {
  it('prints a presenter token', () => {
    expect(token.length).toBeGreaterThanOrEqual(20);
  });

  it('refuses a token-less or wrong-token HTTP start, and accepts the presenter', async () => {
    const body = { experiment: 'memory', params: { processes: 1, threads: 1, increments: 1 } };
    expect((await postJson(`${server.url}/api/runs`, body)).status).toBe(401);
    expect((await postJson(`${server.url}/api/runs`, body, { authorization: 'Bearer wrong' })).status).toBe(403);
    const runs = (await (await fetch(`${server.url}/api/runs`)).json()) as { runs: unknown[] };
    expect(runs.runs).toEqual([]);
    expect((await postJson(`${server.url}/api/runs`, body, { authorization: `Bearer ${token}` })).status).toBe(201);
  });

  it('lets students follow the presenter playhead, and refuses their attempts to control', async () => {
    const presenter = await connect(`?token=${token}`);
    expect(await presenter.until((message) => message.type === 'welcome')).toMatchObject({ canControl: true });
    const student = await connect();
    expect(await student.until((message) => message.type === 'welcome')).toMatchObject({ canControl: false });
    expect(await presenter.until((message) => message.type === 'room.followers' && message.followers === 1)).toBeTruthy();

    student.socket.send(JSON.stringify({ type: 'run.start', experiment: 'memory' }));
    expect(await student.until((message) => message.type === 'error')).toMatchObject({ error: expect.stringMatching(/only the presenter/) });
    student.socket.send(JSON.stringify({ type: 'room.update', state: { lesson: 'x', run: null, index: 0, playing: false, speed: 1 } }));
    expect(await student.until((message) => message.type === 'error')).toMatchObject({ error: expect.stringMatching(/presenter/) });

    const sentAt = Date.now();
    presenter.socket.send(JSON.stringify({ type: 'room.update', state: { lesson: 'memory', run: 'abc123', index: 17, playing: true, speed: 2 } }));
    const followed = await student.until((message) => message.type === 'room.state' && message.state.index === 17);
    expect(Date.now() - sentAt).toBeLessThan(1000);
    expect(followed).toMatchObject({ state: { lesson: 'memory', run: 'abc123', playing: true, speed: 2 }, classroom: true });

    student.socket.send(JSON.stringify({ type: 'room.follow', following: false }));
    expect(await presenter.until((message) => message.type === 'room.followers' && message.followers === 0)).toBeTruthy();
    presenter.socket.close();
    student.socket.close();
  });
});
