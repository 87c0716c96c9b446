/**
 * The real server's WebSocket bounds, seen from a client on 127.0.0.1:
 * an oversized frame is refused with close code 1009 through the close
 * handshake (not a bare cut, 1006, which tells the client nothing), and one
 * address gets at most 256 connections by default, the next refused with
 * HTTP 429 before the handshake.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startLabServer, type LabServer } from '../testing/labServer.js';

const DEFAULT_PER_ADDRESS = 256;

let server: LabServer;
beforeAll(async () => {
  server = await startLabServer();
});
afterAll(async () => {
  await server.stop();
});

function open(): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(server.wsUrl, { origin: server.url });
    socket.once('open', () => resolve(socket));
    socket.once('error', reject);
  });
}

/** What the server answered to an upgrade it refused: the HTTP status and body. */
function refusal(): Promise<{ status: number; body: string } | 'opened'> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(server.wsUrl, { origin: server.url });
    socket.once('open', () => {
      socket.close();
      resolve('opened');
    });
    socket.once('unexpected-response', (_request, response) => {
      let body = '';
      response.on('data', (chunk: Buffer) => (body += chunk.toString()));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
    });
    socket.once('error', (error) => {
      if (!/Unexpected server response/.test(error.message)) reject(error);
    });
  });
}

describe('WebSocket bounds', () => {
  it('closes a 10 MB frame with 1009 (message too big), through the close handshake', async () => {
    const socket = await open();
    const closed = new Promise<{ code: number; reason: string }>((resolve) =>
      socket.once('close', (code, reason) => resolve({ code, reason: reason.toString() })),
    );
    socket.on('error', () => undefined); // the close code is what this test reads
    socket.send(Buffer.alloc(10 * 1024 * 1024, 0x61), { binary: false });
    const { code } = await closed;
    expect(code).toBe(1009);
    // The server still serves everyone else.
    const other = await open();
    other.close();
  });

  it(`lets one address hold ${DEFAULT_PER_ADDRESS} connections, refuses the next with 429, and admits again after one leaves`, async () => {
    const sockets: WebSocket[] = [];
    for (let index = 0; index < DEFAULT_PER_ADDRESS; index += 32) {
      sockets.push(...(await Promise.all(Array.from({ length: Math.min(32, DEFAULT_PER_ADDRESS - index) }, open))));
    }
    const refused = await refusal();
    expect(refused).toMatchObject({ status: 429, body: expect.stringMatching(/at most 256 connections/) });
    const health = await fetch(`${server.url}/api/health`);
    expect(health.status).toBe(200);

    const leaving = sockets.pop();
    await new Promise((resolve) => {
      leaving?.once('close', resolve);
      leaving?.close();
    });
    // The server notices the close a moment after the client does.
    let again = await refusal();
    for (let tries = 0; again !== 'opened' && tries < 20; tries += 1) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      again = await refusal();
    }
    expect(again).toBe('opened');
    for (const socket of sockets) socket.terminate();
  });
});
