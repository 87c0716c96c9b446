/**
 * A simulated student of a hands-on class, for tests and the load benchmark:
 * gets a session cookie the way a browser does (a GET), then starts runs over
 * HTTP with it and waits for them by polling, every loop bounded in time.
 */
import type { RunInfo } from '../../shared/protocol.js';
import { isEndedStatus } from '../../shared/protocol.js';
import { sleep } from './labServer.js';

export type StudentStart = { status: number; body: Record<string, unknown>; retryAfterSeconds?: number };

export type Student = {
  cookie: string;
  start(experiment: string, params?: Record<string, unknown>): Promise<StudentStart>;
  /** Polls the run until it ended (or `timeoutMs` passed: then rejects). */
  waitForEnd(runId: string, timeoutMs?: number, onInfo?: (info: RunInfo) => void): Promise<RunInfo>;
};

/** The `name=value` part of a session cookie the server set on a GET of `url`, or undefined. */
export async function fetchSessionCookie(url: string): Promise<string | undefined> {
  const response = await fetch(url, { redirect: 'manual' });
  await response.arrayBuffer();
  const cookie = response.headers.getSetCookie().find((line) => line.startsWith('lab_session='));
  return cookie?.split(';')[0];
}

export async function newStudent(baseUrl: string): Promise<Student> {
  const cookie = await fetchSessionCookie(`${baseUrl}/api/experiments`);
  if (!cookie) throw new Error('the server set no session cookie on a GET');
  return {
    cookie,
    async start(experiment, params = {}) {
      const response = await fetch(`${baseUrl}/api/runs`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body: JSON.stringify({ experiment, params }),
      });
      const retryAfter = response.headers.get('retry-after');
      return {
        status: response.status,
        body: (await response.json()) as Record<string, unknown>,
        ...(retryAfter ? { retryAfterSeconds: Number(retryAfter) } : {}),
      };
    },
    async waitForEnd(runId, timeoutMs = 60_000, onInfo) {
      const deadline = Date.now() + timeoutMs;
      while (Date.now() < deadline) {
        const info = (await (await fetch(`${baseUrl}/api/runs/${runId}`, { headers: { cookie } })).json()) as RunInfo;
        onInfo?.(info);
        if (isEndedStatus(info.status)) return info;
        await sleep(100);
      }
      throw new Error(`run ${runId} did not end within ${timeoutMs} ms`);
    },
  };
}
