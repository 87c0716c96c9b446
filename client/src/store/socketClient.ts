/**
 * The WebSocket to the lab server, framework-free: connects, parses every
 * server message with the shared zod schema, and reconnects with exponential
 * backoff (with jitter, so a classroom of laptops does not reconnect in lockstep
 * after the server restarts).
 */
import { checkedAsIs } from '../../../shared/checkedAsIs.js';
import {
  describeZodError,
  serverMessageSchema,
  type ClientMessage,
  type ServerMessage,
} from '../../../shared/protocol.js';

export type SocketStatus =
  | { state: 'connecting' }
  | { state: 'open' }
  /** Closed; the next attempt starts at `retryAt` (ms, same clock as Date.now). */
  | { state: 'waiting'; retryAt: number };

/** The part of the browser WebSocket this client uses (a fake implements it in tests). */
export type WebSocketLike = {
  readonly readyState: number;
  send(data: string): void;
  close(): void;
  onopen: ((event: unknown) => void) | null;
  onclose: ((event: unknown) => void) | null;
  onerror: ((event: unknown) => void) | null;
  onmessage: ((event: { data: unknown }) => void) | null;
};

export type SocketClientOptions = {
  url: string;
  onMessage(message: ServerMessage): void;
  onStatus(status: SocketStatus): void;
  /** A message that did not parse: reported in words, then ignored. */
  onProblem(detail: string): void;
  /** First retry delay, ms. Default 500. */
  initialDelayMs?: number;
  /** Longest retry delay, ms. Default 10,000. */
  maxDelayMs?: number;
  createSocket?: (url: string) => WebSocketLike;
  now?: () => number;
  setTimer?: (callback: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
  random?: () => number;
};

export type SocketClient = {
  /** Sends if connected; returns false (and sends nothing) otherwise. */
  send(message: ClientMessage): boolean;
  /** Closes for good: no more reconnects. */
  close(): void;
};

const OPEN = 1;

export function createSocketClient(options: SocketClientOptions): SocketClient {
  const initialDelay = options.initialDelayMs ?? 500;
  const maxDelay = options.maxDelayMs ?? 10_000;
  const createSocket = options.createSocket ?? ((url: string) => new WebSocket(url) as unknown as WebSocketLike);
  const now = options.now ?? Date.now;
  const setTimer = options.setTimer ?? ((callback: () => void, ms: number) => setTimeout(callback, ms));
  const clearTimer = options.clearTimer ?? ((handle: unknown) => clearTimeout(handle as ReturnType<typeof setTimeout>));
  const random = options.random ?? Math.random;

  let socket: WebSocketLike | undefined;
  let attempts = 0;
  let retryTimer: unknown;
  let closed = false;

  function connect(): void {
    if (closed) return;
    options.onStatus({ state: 'connecting' });
    const current = createSocket(options.url);
    socket = current;
    current.onopen = () => {
      attempts = 0;
      options.onStatus({ state: 'open' });
    };
    current.onmessage = (event) => receive(event.data);
    // Browsers fire `error` then `close`; reconnecting on close alone handles both.
    current.onerror = () => undefined;
    current.onclose = () => {
      if (socket !== current) return;
      socket = undefined;
      scheduleRetry();
    };
  }

  function scheduleRetry(): void {
    if (closed) return;
    const base = Math.min(maxDelay, initialDelay * 2 ** attempts);
    const delay = Math.round(base * (0.8 + 0.4 * random()));
    attempts += 1;
    options.onStatus({ state: 'waiting', retryAt: now() + delay });
    retryTimer = setTimer(connect, delay);
  }

  function receive(data: unknown): void {
    if (typeof data !== 'string') {
      options.onProblem('a binary message');
      return;
    }
    let raw: unknown;
    try {
      raw = JSON.parse(data);
    } catch {
      options.onProblem('a message that is not JSON');
      return;
    }
    const parsed = checkedAsIs(serverMessageSchema, raw);
    if (!parsed.success) {
      options.onProblem(describeZodError(parsed.error));
      return;
    }
    options.onMessage(parsed.data);
  }

  connect();

  return {
    send(message) {
      if (!socket || socket.readyState !== OPEN) return false;
      socket.send(JSON.stringify(message));
      return true;
    },
    close() {
      closed = true;
      if (retryTimer !== undefined) clearTimer(retryTimer);
      const current = socket;
      socket = undefined;
      current?.close();
    },
  };
}

/** The lab's WebSocket URL for this page; a presenter token in the page URL is passed on. */
export function labSocketUrl(location: { protocol: string; host: string; search: string }): string {
  const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
  const token = new URLSearchParams(location.search).get('token');
  return `${scheme}://${location.host}/ws${token ? `?token=${encodeURIComponent(token)}` : ''}`;
}
