/**
 * A hands-on class on the real server (--hands-on, loopback only): sessions
 * from a GET, quotas with Retry-After, the presenter first, the fair queue,
 * runs pinned to disjoint cores with their placement recorded, parallelism
 * alone, hands-on time closed by the presenter, and the class wall.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunInfo } from '../../shared/protocol.js';
import { connectWithInbox } from '../testing/inboxSocket.js';
import { postJson, sleep, startLabServer, type LabServer } from '../testing/labServer.js';
import { fetchSessionCookie, newStudent } from '../testing/student.js';

let server: LabServer;
let token = '';
beforeAll(async () => {
  // 2 cores, like CI: a 1-core lesson can run beside one other; the rest run alone.
  server = await startLabServer(['--hands-on', '--student-burst', '3']);
  for (let tries = 0; !token && tries < 100; tries += 1) {
    token = /token=([\w-]+)/.exec(server.output())?.[1] ?? '';
    if (!token) await sleep(20);
  }
});
afterAll(async () => {
  await server.stop();
});

const memory = { processes: 2, threads: 2, increments: 3 };
// Long enough to hold its core while the others queue (a few seconds on this machine).
const longCrash = { processes: 8, threads: 8 };
const presenter = () => ({ authorization: `Bearer ${token}` });

const connect = (headers: Record<string, string>) => connectWithInbox(server, { headers });

describe('hands-on class', () => {
  it('mints a session cookie on a GET, never on a start; a start without one is refused with 401', async () => {
    const cookie = await fetchSessionCookie(`${server.url}/`);
    expect(cookie).toMatch(/^lab_session=[\w-]{32}$/);
    const response = await fetch(`${server.url}/api/experiments`, { headers: { cookie: cookie as string } });
    expect(response.headers.getSetCookie()).toEqual([]);
    // A health check mints nothing (an uptime checker must not use up its address's sessions).
    expect((await fetch(`${server.url}/api/health`)).headers.getSetCookie()).toEqual([]);
    const anonymous = await postJson(`${server.url}/api/runs`, { experiment: 'memory', params: memory });
    expect(anonymous.status).toBe(401);
    expect(String(anonymous.body.error)).toContain('session');
  });

  it('a student runs; the run records its owner and the cores it was pinned to', async () => {
    const student = await newStudent(server.url);
    const started = await student.start('memory', memory);
    expect(started.status).toBe(201);
    expect(started.body.owner).toEqual({ presenter: false });
    const info = await student.waitForEnd(String(started.body.id));
    expect(info.status).toBe('finished');
    expect(info.placement).toMatchObject({ cores: [0], alongside: 0, pinned: true });
    expect(info.placement?.loadAtEnd).toBeGreaterThanOrEqual(0);
  });

  it('one running and one queued per student; a third is refused with 429 and Retry-After', async () => {
    const student = await newStudent(server.url);
    const blocker = await newStudent(server.url);
    // Fill both cores with a 2-core lesson so the student's runs queue.
    const wide = await blocker.start('communication', { roundTrips: 20_000, channels: ['pipe', 'tcp', 'unix-socket'] });
    expect(wide.status).toBe(201);
    const first = await student.start('memory', memory);
    const second = await student.start('memory', memory);
    expect([first.status, second.status]).toEqual([201, 201]);
    expect(second.body.queue).toMatchObject({ position: expect.any(Number) });
    const third = await student.start('memory', memory);
    expect(third.status).toBe(429);
    expect(third.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    expect(String(third.body.error)).toContain('the most one student may have');
    for (const id of [wide.body.id, first.body.id, second.body.id]) await student.waitForEnd(String(id));
  });

  it('the presenter’s run goes ahead of queued students; a 2-core lesson waits for both cores', async () => {
    const [a, b] = await Promise.all([newStudent(server.url), newStudent(server.url)]);
    const holder = await a.start('crash', longCrash);
    const queuedStudent = await b.start('communication', { roundTrips: 200, channels: ['pipe'] });
    expect(queuedStudent.status).toBe(201);
    const fromPresenter = await postJson(`${server.url}/api/runs`, { experiment: 'communication', params: { roundTrips: 200, channels: ['pipe'] } }, presenter());
    expect(fromPresenter.status).toBe(201);
    expect((fromPresenter.body.owner as { presenter: boolean }).presenter).toBe(true);
    const started: Record<string, number> = {};
    const watch = (label: string) => (info: RunInfo) => {
      if (info.status !== 'queued' && started[label] === undefined) started[label] = Date.now();
    };
    const [presenterInfo, studentInfo] = await Promise.all([
      b.waitForEnd(String(fromPresenter.body.id), 60_000, watch('presenter')),
      b.waitForEnd(String(queuedStudent.body.id), 60_000, watch('student')),
    ]);
    await a.waitForEnd(String(holder.body.id));
    expect(started.presenter).toBeLessThanOrEqual(started.student as number);
    expect(presenterInfo.placement?.cores).toEqual([0, 1]);
    expect(studentInfo.placement?.cores).toEqual([0, 1]);
    // Both needed both cores: neither ran beside the other.
    expect(presenterInfo.placement?.alongside).toBe(0);
  });

  it('two 1-core runs go side by side on disjoint cores; parallelism runs alone', async () => {
    const [a, b, c, d] = await Promise.all([newStudent(server.url), newStudent(server.url), newStudent(server.url), newStudent(server.url)]);
    const one = await a.start('crash', longCrash);
    const two = await b.start('crash', longCrash);
    const alone = await c.start('parallelism', { maxWorkers: 2, primesBelow: 200_000 });
    // A run that holds no core (a step mode) still waits: nothing starts beside a whole-machine run.
    const paced = await d.start('race', { mode: 'step' });
    expect(paced.status).toBe(201);
    const [first, second, third] = await Promise.all([
      a.waitForEnd(String(one.body.id)),
      b.waitForEnd(String(two.body.id)),
      c.waitForEnd(String(alone.body.id)),
    ]);
    expect(new Set([...(first.placement?.cores ?? []), ...(second.placement?.cores ?? [])])).toEqual(new Set([0, 1]));
    expect(first.placement?.alongside).toBeGreaterThanOrEqual(1);
    expect(third.placement).toMatchObject({ cores: [0, 1], alongside: 0 });
    // The student who started the step run stops it (a student drives their own runs); another student may not.
    const pacedId = String(paced.body.id);
    const foreign = await fetch(`${server.url}/api/runs/${pacedId}/stop`, { method: 'POST', headers: { cookie: c.cookie } });
    expect(foreign.status).toBe(403);
    const own = await fetch(`${server.url}/api/runs/${pacedId}/stop`, { method: 'POST', headers: { cookie: d.cookie } });
    expect(own.status).toBe(200);
    expect((await d.waitForEnd(pacedId)).placement).toMatchObject({ cores: [], alongside: 0 });
  });

  it('the presenter closes hands-on time: students are refused (403) and told so live; reopened, they may run', async () => {
    const student = await newStudent(server.url);
    const studentSocket = await connect({ cookie: student.cookie });
    await studentSocket.until((message) => message.type === 'handsOn.state' && message.state.open && message.state.mayRun);
    const presenterSocket = await connect(presenter());
    const presenterState = await presenterSocket.until((message) => message.type === 'handsOn.state');
    expect(presenterState.type === 'handsOn.state' && presenterState.state.presenter).toBe(true);
    presenterSocket.socket.send(JSON.stringify({ type: 'handsOn.set', open: false }));
    const closed = await studentSocket.until((message) => message.type === 'handsOn.state' && !message.state.open);
    expect(closed.type === 'handsOn.state' && closed.state.mayRun).toBe(false);
    const refused = await student.start('memory', memory);
    expect(refused.status).toBe(403);
    expect(String(refused.body.error)).toContain('hands-on time is closed');
    presenterSocket.socket.send(JSON.stringify({ type: 'handsOn.set', open: true }));
    await studentSocket.until((message) => message.type === 'handsOn.state' && message.state.open);
    // A student cannot open or close it.
    studentSocket.socket.send(JSON.stringify({ type: 'handsOn.set', requestId: 'x', open: false }));
    const denied = await studentSocket.until((message) => message.type === 'error' && message.requestId === 'x');
    expect(denied.type === 'error' && denied.error).toContain('only the presenter');
    studentSocket.socket.close();
    presenterSocket.socket.close();
  });

  it('a student names themself, runs over the WebSocket with a prediction, and the presenter’s wall counts it', async () => {
    const student = await newStudent(server.url);
    const presenterSocket = await connect(presenter());
    const studentSocket = await connect({ cookie: student.cookie });
    studentSocket.socket.send(JSON.stringify({ type: 'student.name', name: '<b>Ana</b>' }));
    const badName = await studentSocket.until((message) => message.type === 'error');
    expect(badName.type === 'error' && badName.error).toContain('letters, digits, spaces');
    studentSocket.socket.send(JSON.stringify({ type: 'student.name', name: 'Ana' }));
    await studentSocket.until((message) => message.type === 'handsOn.state' && message.state.name === 'Ana');
    studentSocket.socket.send(JSON.stringify({ type: 'run.start', requestId: 'r', experiment: 'race', params: { threads: 2, increments: 20_000, repeats: 2 } }));
    const accepted = await studentSocket.until((message) => message.type === 'run.accepted');
    const run = accepted.type === 'run.accepted' ? accepted.run : undefined;
    expect(run?.owner).toEqual({ presenter: false, name: 'Ana' });
    studentSocket.socket.send(JSON.stringify({ type: 'prediction.made', run: run?.id, choice: 'sometimes' }));
    await studentSocket.until((message) => message.type === 'run.status' && message.run.status === 'finished', 60_000);
    // The student sees the wall after their own run; the presenter sees it live.
    const own = await studentSocket.until((message) => message.type === 'class.summary' && (message.summary.lessons.race?.runs ?? 0) >= 1);
    const wall = await presenterSocket.until((message) => message.type === 'class.summary' && (message.summary.lessons.race?.runs ?? 0) >= 1);
    for (const message of [own, wall]) {
      if (message.type !== 'class.summary') throw new Error('not a summary');
      expect(message.summary.lessons.race?.raceLostUpdates?.length).toBeGreaterThanOrEqual(1);
      expect(message.summary.lessons.race?.predictions?.total).toBe(1);
    }
    studentSocket.socket.close();
    presenterSocket.socket.close();
  });

  it('says in /api/health whether the machine has room for runs', async () => {
    const health = (await (await fetch(`${server.url}/api/health`)).json()) as Record<string, unknown>;
    expect(health.admission).toMatchObject({ ok: true });
    expect(health.handsOn).toMatchObject({ open: true });
    expect(health.cores).toBeGreaterThanOrEqual(1);
  });
});
