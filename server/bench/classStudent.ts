/**
 * A simulated student for the hands-on benchmarks: a session cookie from a
 * GET (testing/student.ts), runs started over HTTP (so a refusal comes with
 * its status and Retry-After), and each run followed over a WebSocket opened
 * with the same cookie, the way the student's page follows it: the moment the
 * run leaves the queue is the moment its `run.status` says so, not a poll's.
 * Every wait is bounded in time.
 */
import WebSocket from 'ws';
import { isEndedStatus, type RunInfo } from '../../shared/protocol.js';
import { newStudent, type Student } from '../testing/student.js';

export type FollowedRun = {
  id: string;
  experiment: string;
  /** performance.now() when the 201 arrived. */
  acceptedAt: number;
  /** When a run.status first said it left the queue (running, or ended before it ran). */
  runningAt?: number;
  endedAt?: number;
  /** The queue place and estimated wait the 201 carried (absent: it was not queued). */
  acceptedQueue?: { position: number; estimatedWaitMs: number };
  info?: RunInfo;
};

export type StartAnswer =
  | { ok: true; run: FollowedRun }
  | { ok: false; status: number; error: string; retryAfterSeconds?: number };

export type ClassStudent = {
  student: Student;
  start(experiment: string, params: Record<string, unknown>): Promise<StartAnswer>;
  /** Resolves when the run left the queue (running, or ended), or rejects after `timeoutMs`. */
  untilRunning(run: FollowedRun, timeoutMs: number): Promise<void>;
  /** Resolves with the run's last info when it ended, or rejects after `timeoutMs`. */
  untilEnded(run: FollowedRun, timeoutMs: number): Promise<RunInfo>;
  /** Asks the server to stop one of this student's runs (a bench that ran out of time). */
  stop(runId: string): Promise<void>;
  close(): void;
};

type Tracker = { run: FollowedRun; ended: Promise<RunInfo>; resolve: (info: RunInfo) => void };

export async function joinClass(baseUrl: string, wsUrl: string): Promise<ClassStudent> {
  const student = await newStudent(baseUrl);
  const socket = new WebSocket(wsUrl, { origin: baseUrl, headers: { cookie: student.cookie } });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the student WebSocket did not open within 10 s')), 10_000);
    socket.once('open', () => (clearTimeout(timer), resolve()));
    socket.once('error', (error) => (clearTimeout(timer), reject(error)));
  });
  const trackers = new Map<string, Tracker>();
  socket.on('error', () => undefined);
  socket.on('message', (data) => {
    const text = data.toString();
    // Only statuses matter here; events (most frames) are not parsed.
    if (!text.startsWith('{"type":"run.status"')) return;
    const message = JSON.parse(text) as { type: 'run.status'; run: RunInfo };
    const tracker = trackers.get(message.run.id);
    if (!tracker) return;
    const now = performance.now();
    if (message.run.status !== 'queued' && tracker.run.runningAt === undefined) tracker.run.runningAt = now;
    if (isEndedStatus(message.run.status)) {
      tracker.run.endedAt = now;
      tracker.run.info = message.run;
      trackers.delete(message.run.id);
      // As a page does: a connection may follow only so many runs at once (16).
      unsubscribe(message.run.id);
      tracker.resolve(message.run);
    }
  });
  const unsubscribe = (runId: string) => {
    if (socket.readyState === WebSocket.OPEN) socket.send(JSON.stringify({ type: 'unsubscribe', requestId: `u-${runId}`, run: runId }));
  };
  const poll = async (run: FollowedRun): Promise<RunInfo> =>
    (await (await fetch(`${baseUrl}/api/runs/${run.id}`, { headers: { cookie: student.cookie } })).json()) as RunInfo;

  return {
    student,
    async start(experiment, params) {
      const answer = await student.start(experiment, params);
      if (answer.status !== 201) {
        return {
          ok: false,
          status: answer.status,
          error: String(answer.body.error ?? ''),
          ...(answer.retryAfterSeconds !== undefined ? { retryAfterSeconds: answer.retryAfterSeconds } : {}),
        };
      }
      const info = answer.body as unknown as RunInfo;
      const run: FollowedRun = { id: info.id, experiment, acceptedAt: performance.now(), ...(info.queue ? { acceptedQueue: info.queue } : {}) };
      let resolve: (info: RunInfo) => void = () => undefined;
      const ended = new Promise<RunInfo>((done) => (resolve = done));
      trackers.set(run.id, { run, ended, resolve });
      socket.send(JSON.stringify({ type: 'subscribe', requestId: `s-${run.id}`, run: run.id }));
      return { ok: true, run };
    },

    async untilRunning(run, timeoutMs) {
      const deadline = Date.now() + timeoutMs;
      let nextPoll = Date.now() + 2_000;
      while (run.runningAt === undefined && Date.now() < deadline) {
        await new Promise((done) => setTimeout(done, 10));
        if (Date.now() >= nextPoll) {
          nextPoll = Date.now() + 2_000;
          const polled = await poll(run);
          if (polled.status !== 'queued') run.runningAt ??= performance.now();
        }
      }
      if (run.runningAt === undefined) throw new Error(`${run.experiment} did not start within ${timeoutMs} ms`);
    },

    async untilEnded(run, timeoutMs) {
      if (run.info) return run.info;
      const tracker = trackers.get(run.id);
      if (!tracker) throw new Error(`run ${run.id} is not followed`);
      const deadline = Date.now() + timeoutMs;
      // The socket says when it ends; a read over HTTP every few seconds covers a frame that never came.
      while (Date.now() < deadline) {
        const info = await Promise.race([
          tracker.ended,
          new Promise<undefined>((done) => setTimeout(() => done(undefined), Math.min(5_000, Math.max(1, deadline - Date.now())))),
        ]);
        if (info) return info;
        const polled = await poll(run);
        if (isEndedStatus(polled.status)) {
          const now = performance.now();
          run.runningAt ??= now;
          run.endedAt = now;
          run.info = polled;
          trackers.delete(run.id);
          unsubscribe(run.id);
          return polled;
        }
      }
      throw new Error(`run ${run.id} (${run.experiment}) did not end within ${timeoutMs} ms`);
    },

    async stop(runId) {
      await (await fetch(`${baseUrl}/api/runs/${runId}/stop`, { method: 'POST', headers: { cookie: student.cookie } })).arrayBuffer();
    },

    close() {
      socket.close();
    },
  };
}
