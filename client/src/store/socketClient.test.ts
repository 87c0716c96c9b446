import { describe, expect, it } from 'vitest';
import type { ServerMessage } from '../../../shared/protocol.js';
import { createSocketClient, labSocketUrl, type SocketStatus, type WebSocketLike } from './socketClient.js';

type FakeSocket = WebSocketLike & { sent: string[]; open(): void; drop(): void; receive(data: unknown): void };

function fakeSocket(): FakeSocket {
  const socket: FakeSocket = {
    readyState: 0,
    sent: [],
    onopen: null,
    onclose: null,
    onerror: null,
    onmessage: null,
    send(data) {
      socket.sent.push(data);
    },
    close() {
      socket.drop();
    },
    open() {
      (socket as { readyState: number }).readyState = 1;
      socket.onopen?.({});
    },
    drop() {
      (socket as { readyState: number }).readyState = 3;
      socket.onclose?.({});
    },
    receive(data) {
      socket.onmessage?.({ data });
    },
  };
  return socket;
}

function setup() {
  const sockets: FakeSocket[] = [];
  const timers: Array<{ callback: () => void; ms: number }> = [];
  const statuses: SocketStatus[] = [];
  const messages: ServerMessage[] = [];
  const problems: string[] = [];
  const client = createSocketClient({
    url: 'ws://lab/ws',
    onMessage: (message) => messages.push(message),
    onStatus: (status) => statuses.push(status),
    onProblem: (detail) => problems.push(detail),
    createSocket: () => {
      const socket = fakeSocket();
      sockets.push(socket);
      return socket;
    },
    now: () => 0,
    random: () => 0.5,
    setTimer: (callback, ms) => timers.push({ callback, ms }),
    clearTimer: () => undefined,
  });
  return { client, sockets, timers, statuses, messages, problems };
}

describe('socketClient', () => {
  it('passes on valid server messages and reports invalid ones in words', () => {
    const { sockets, messages, problems } = setup();
    sockets[0]?.open();
    sockets[0]?.receive(JSON.stringify({ type: 'welcome', serverPid: 42, cores: 4, canControl: true }));
    sockets[0]?.receive('not json');
    sockets[0]?.receive(JSON.stringify({ type: 'welcome', serverPid: -1 }));
    expect(messages).toEqual([{ type: 'welcome', serverPid: 42, cores: 4, canControl: true }]);
    expect(problems).toHaveLength(2);
  });

  it('sends only while open', () => {
    const { client, sockets } = setup();
    expect(client.send({ type: 'subscribe', run: 'r1' })).toBe(false);
    sockets[0]?.open();
    expect(client.send({ type: 'subscribe', run: 'r1' })).toBe(true);
    expect(sockets[0]?.sent).toEqual(['{"type":"subscribe","run":"r1"}']);
  });

  it('reconnects with exponential backoff, reset after a successful connection', () => {
    const { sockets, timers, statuses } = setup();
    sockets[0]?.drop();
    timers.shift()?.callback();
    sockets[1]?.drop();
    timers.shift()?.callback();
    sockets[2]?.drop();
    const delays = statuses.filter((status) => status.state === 'waiting').map((status) => (status.state === 'waiting' ? status.retryAt : 0));
    expect(delays).toEqual([500, 1000, 2000]);
    timers.shift()?.callback();
    sockets[3]?.open();
    sockets[3]?.drop();
    expect(timers[0]?.ms).toBe(500);
  });

  it('stops reconnecting once closed', () => {
    const { client, sockets, timers } = setup();
    sockets[0]?.open();
    client.close();
    expect(timers).toHaveLength(0);
  });

  it('builds the socket URL for this page, passing a presenter token on', () => {
    expect(labSocketUrl({ protocol: 'http:', host: '127.0.0.1:5170', search: '' })).toBe('ws://127.0.0.1:5170/ws');
    expect(labSocketUrl({ protocol: 'https:', host: 'lab', search: '?token=a b' })).toBe('wss://lab/ws?token=a%20b');
  });
});
