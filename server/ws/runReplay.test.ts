/**
 * The stall bound of a replay, with a fake socket and fake timers: a client
 * whose frame does not leave within stallMs is closed with 1008 and cut if
 * the handshake does not finish; a client that keeps reading, however
 * slowly, is not; an unsubscribe does not lift the bound on a frame still
 * waiting.
 */
import { EventEmitter } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { WebSocket } from 'ws';
import type { RunInfo, ServerMessage } from '../../shared/protocol.js';
import type { CachedLog, RunLogCache } from '../runs/runLogCache.js';
import { NOT_READING_CODE, startReplay } from './runReplay.js';

const STALL_MS = 1_000;
const CLOSE_TIMEOUT_MS = 500;

const info: RunInfo = { id: 'r1', experiment: 'memory', params: {}, status: 'finished', createdAt: 0, eventCount: 3 };
const log: CachedLog = { info, eventCount: 3, frames: [Buffer.from('a'), Buffer.from('b'), Buffer.from('c')], bytes: 3 };
const cache: RunLogCache = { get: async () => log, stats: () => ({ cached: 1, bytes: 3, loading: 0 }) };

/** A socket whose frames leave only when the test says so (`drain`). */
class FakeSocket extends EventEmitter {
  readyState: number = WebSocket.OPEN;
  sent: Buffer[] = [];
  waiting: ((error?: Error) => void)[] = [];
  closes: { code: number; reason: string }[] = [];
  terminated = 0;
  send(frame: Buffer, _options: unknown, callback: (error?: Error) => void): void {
    this.sent.push(frame);
    this.waiting.push(callback);
  }
  /** The client reads: every waiting frame leaves. */
  drain(): void {
    for (const callback of this.waiting.splice(0)) callback();
  }
  close(code: number, reason: string): void {
    this.closes.push({ code, reason });
    this.readyState = WebSocket.CLOSING;
  }
  /** The peer answered the close frame. */
  finishClose(): void {
    this.readyState = WebSocket.CLOSED;
    for (const callback of this.waiting.splice(0)) callback(new Error('closed'));
    this.emit('close');
  }
  terminate(): void {
    this.terminated += 1;
    this.finishClose();
  }
}

function replay(socket: FakeSocket) {
  const messages: ServerMessage[] = [];
  let ended = 0;
  const stop = startReplay({
    socket: socket as unknown as WebSocket,
    runId: 'r1',
    cache,
    send: (message) => messages.push(message),
    onEnd: () => (ended += 1),
    stallMs: STALL_MS,
    closeTimeoutMs: CLOSE_TIMEOUT_MS,
  });
  return { stop, messages, ended: () => ended };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('replay stall bound', () => {
  it('sends every frame and the status to a client that keeps reading, however slowly', async () => {
    const socket = new FakeSocket();
    const run = replay(socket);
    for (let frame = 0; frame < 3; frame += 1) {
      await vi.advanceTimersByTimeAsync(STALL_MS - 1);
      socket.drain();
    }
    await vi.advanceTimersByTimeAsync(0);
    expect(socket.sent.map(String)).toEqual(['a', 'b', 'c']);
    expect(run.messages).toEqual([{ type: 'run.status', run: info }]);
    expect(run.ended()).toBe(1);
    await vi.advanceTimersByTimeAsync(10 * STALL_MS);
    expect(socket.closes).toEqual([]);
  });

  it('closes a client whose frame has not left within stallMs with 1008, and cuts it if the handshake does not finish', async () => {
    const socket = new FakeSocket();
    const run = replay(socket);
    await vi.advanceTimersByTimeAsync(STALL_MS - 1);
    expect(socket.closes).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(socket.closes).toEqual([{ code: NOT_READING_CODE, reason: expect.stringMatching(/^not reading/) }]);
    expect(socket.terminated).toBe(0);
    await vi.advanceTimersByTimeAsync(CLOSE_TIMEOUT_MS);
    expect(socket.terminated).toBe(1);
    expect(socket.sent).toHaveLength(1);
    expect(run.ended()).toBe(1);
  });

  it('does not cut a client that finishes the close handshake', async () => {
    const socket = new FakeSocket();
    replay(socket);
    await vi.advanceTimersByTimeAsync(STALL_MS);
    expect(socket.closes).toHaveLength(1);
    socket.finishClose();
    await vi.advanceTimersByTimeAsync(10 * CLOSE_TIMEOUT_MS);
    expect(socket.terminated).toBe(0);
  });

  it('keeps the bound on a waiting frame after an unsubscribe, though the replay itself ends at once', async () => {
    const socket = new FakeSocket();
    const run = replay(socket);
    await vi.advanceTimersByTimeAsync(STALL_MS / 2);
    run.stop();
    await vi.advanceTimersByTimeAsync(0);
    expect(run.ended()).toBe(1);
    expect(socket.sent).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(STALL_MS / 2);
    expect(socket.closes).toHaveLength(1);
  });

  it('does not close a client whose frame left after an unsubscribe', async () => {
    const socket = new FakeSocket();
    const run = replay(socket);
    await vi.advanceTimersByTimeAsync(0);
    run.stop();
    socket.drain();
    await vi.advanceTimersByTimeAsync(10 * STALL_MS);
    expect(socket.closes).toEqual([]);
    expect(socket.sent).toHaveLength(1);
  });

  it('closes a client once when several of its replays stall', async () => {
    const socket = new FakeSocket();
    replay(socket);
    replay(socket);
    await vi.advanceTimersByTimeAsync(STALL_MS + CLOSE_TIMEOUT_MS);
    expect(socket.closes).toHaveLength(1);
    expect(socket.terminated).toBe(1);
  });
});
