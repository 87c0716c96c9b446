import { connect, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket, WebSocketServer } from 'ws';
import { closeAfterError } from './closeAfterError.js';

let server: WebSocketServer | undefined;
afterEach(() => {
  server?.close();
  server = undefined;
});

/** A ws server on 127.0.0.1 and a raw TCP peer that completes the upgrade, then never reads or answers again. */
async function silentPeer(): Promise<{ serverSide: WebSocket; peer: Socket }> {
  const wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  server = wss;
  await new Promise((resolve) => wss.once('listening', resolve));
  const address = wss.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  const serverSide = new Promise<WebSocket>((resolve) => wss.once('connection', resolve));
  const peer = connect(port, '127.0.0.1');
  peer.write(
    'GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n' +
      'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n',
  );
  peer.on('error', () => undefined);
  return { serverSide: await serverSide, peer };
}

describe('closeAfterError', () => {
  it('cuts a socket whose peer never finishes the close handshake, within the bound', async () => {
    const { serverSide, peer } = await silentPeer();
    const started = performance.now();
    const closed = new Promise<number>((resolve) => serverSide.once('close', () => resolve(performance.now() - started)));
    closeAfterError(serverSide, 200);
    expect(serverSide.readyState).toBe(WebSocket.CLOSING);
    const elapsed = await closed;
    expect(elapsed).toBeGreaterThanOrEqual(150);
    expect(elapsed).toBeLessThan(2_000);
    peer.destroy();
  });

  it('does nothing to a socket that is already closed', async () => {
    const { serverSide, peer } = await silentPeer();
    serverSide.terminate();
    peer.destroy();
    await new Promise((resolve) => serverSide.once('close', resolve));
    expect(() => closeAfterError(serverSide, 10)).not.toThrow();
  });
});
