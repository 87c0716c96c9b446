import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket, { WebSocketServer } from 'ws';
import { createHttpServer } from './httpServer.js';

const timeouts = { headersTimeoutMs: 300, requestTimeoutMs: 600, keepAliveTimeoutMs: 200, checkIntervalMs: 50 };
const closers: (() => void)[] = [];
afterEach(() => {
  for (const close of closers.splice(0)) close();
});

async function listening(): Promise<{ port: number; wss: WebSocketServer }> {
  const server = createHttpServer((_request, response) => response.end('ok'), timeouts);
  const wss = new WebSocketServer({ noServer: true });
  server.on('upgrade', (request, socket, head) => wss.handleUpgrade(request, socket, head, (client) => wss.emit('connection', client)));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  closers.push(() => {
    wss.close();
    server.closeAllConnections();
    server.close();
  });
  return { port: (server.address() as AddressInfo).port, wss };
}

/** Ms until the server closes a socket that sent `start` and then trickles a byte every 100 ms. */
async function closedAfter(port: number, start: string): Promise<number> {
  const socket = connect(port, '127.0.0.1');
  const opened = Date.now();
  socket.on('data', () => undefined);
  socket.write(start);
  const drip = setInterval(() => socket.write('X'), 100);
  const elapsed = await new Promise<number>((resolve) => {
    socket.once('close', () => resolve(Date.now() - opened));
    setTimeout(() => resolve(Number.POSITIVE_INFINITY), 3_000);
  });
  clearInterval(drip);
  socket.destroy();
  return elapsed;
}

describe('lab HTTP server timeouts', () => {
  it('closes a client that trickles its headers, or its body, past the limits', async () => {
    const { port } = await listening();
    expect(await closedAfter(port, 'GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ')).toBeLessThan(300 + 400);
    expect(await closedAfter(port, 'POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 1000\r\n\r\n')).toBeLessThan(600 + 400);
  });

  it('leaves an upgraded WebSocket open past them', async () => {
    const { port } = await listening();
    const client = new WebSocket(`ws://127.0.0.1:${port}/`);
    await new Promise((resolve, reject) => client.once('open', resolve).once('error', reject));
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(client.readyState).toBe(WebSocket.OPEN);
    client.close();
  });
});
