/**
 * A test's WebSocket to the lab that keeps every message it has not been
 * asked for yet, so a test can wait for "the next message like this" in any
 * order, with a bounded wait.
 */
import WebSocket from 'ws';
import { serverMessageSchema, type ServerMessage } from '../../shared/protocol.js';
import type { LabServer } from './labServer.js';

export type InboxSocket = {
  socket: WebSocket;
  /** The first message (kept or still to come) that `match` accepts; rejects after `timeoutMs`. */
  until: (match: (message: ServerMessage) => boolean, timeoutMs?: number) => Promise<ServerMessage>;
};

export function connectWithInbox(server: LabServer, options: { query?: string; headers?: Record<string, string> } = {}): Promise<InboxSocket> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(`${server.wsUrl}${options.query ?? ''}`, { origin: server.url, headers: options.headers ?? {} });
    const seen: ServerMessage[] = [];
    const waiters: { match: (message: ServerMessage) => boolean; done: (message: ServerMessage) => void }[] = [];
    socket.on('message', (data) => {
      const message = serverMessageSchema.parse(JSON.parse(data.toString()));
      const waiter = waiters.find((candidate) => candidate.match(message));
      if (waiter) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.done(message);
      } else seen.push(message);
    });
    socket.on('open', () =>
      resolve({
        socket,
        until: (match, timeoutMs = 30_000) =>
          new Promise((done, fail) => {
            const index = seen.findIndex(match);
            if (index >= 0) return done(seen.splice(index, 1)[0] as ServerMessage);
            const timer = setTimeout(() => fail(new Error(`no such message within ${timeoutMs} ms`)), timeoutMs);
            waiters.push({ match, done: (message) => (clearTimeout(timer), done(message)) });
          }),
      }),
    );
    socket.on('error', reject);
  });
}
