/**
 * The HTTP side probed from outside, the way an attacker would, against the
 * real built server: answers that echo the request back, headers that would
 * let the presenter's token leak, paths that reach the file system, and a
 * client that sends its headers a byte at a time (slowloris).
 */
import { connect } from 'node:net';
import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLabServer, type LabServer } from '../testing/labServer.js';

let server: LabServer;
let port = 0;
beforeAll(async () => {
  server = await startLabServer();
  port = Number(new URL(server.url).port);
});
afterAll(async () => {
  await server.stop();
});

type Answer = { status: number; headers: Record<string, string | string[] | undefined>; body: string };

function send(method: string, path: string, headers: Record<string, string> = {}, body?: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest({ host: '127.0.0.1', port, method, path, headers }, (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (text += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: text }));
    });
    outgoing.on('error', reject);
    outgoing.setTimeout(5_000, () => outgoing.destroy(new Error(`${method} ${path} got no answer in 5 s`)));
    outgoing.end(body);
  });
}

describe('answers to malformed requests', () => {
  it('say what is wrong in JSON without echoing what the client sent', async () => {
    const marker = 'zz<script>';
    const encoding = await send('POST', '/api/runs', { 'content-type': 'application/json', 'content-encoding': marker }, '{}');
    expect(encoding.status).toBe(415);
    const charset = await send('POST', '/api/runs', { 'content-type': `application/json; charset=${marker}` }, '{}');
    expect(charset.status).toBe(415);
    const badEscape = await send('GET', '/api/runs/%ZZ<script>');
    expect(badEscape.status).toBe(400);
    for (const answer of [encoding, charset, badEscape]) {
      expect(answer.headers['content-type']).toMatch(/application\/json/);
      expect((JSON.parse(answer.body) as { error: string }).error).not.toMatch(/zz|<script>|%ZZ/i);
    }
    // A page route that takes no such method: a JSON 404, not an HTML page quoting the path.
    const nowhere = await send('POST', '/nowhere<script>');
    expect(nowhere.status).toBe(404);
    expect(nowhere.headers['content-type']).toMatch(/application\/json/);
    expect(nowhere.body).not.toMatch(/<script>|nowhere/);
  });

  it('never reach the file system with a run id from the URL', async () => {
    for (const path of ['/api/runs/..%2F..%2F..%2Fetc%2Fpasswd', '/api/runs/..%2F..%2Fpackage/events', '/api/runs/..%2Fruns/trace']) {
      expect((await send('GET', path)).status, path).toBe(404);
    }
  });
});

describe('headers', () => {
  it('send no Referer to other sites (the presenter URL carries its token), on pages and refusals alike', async () => {
    for (const answer of [await send('GET', '/?token=secret'), await send('GET', '/api/runs', { host: 'evil.example' })]) {
      expect(answer.headers['referrer-policy']).toBe('no-referrer');
      expect(answer.headers['x-content-type-options']).toBe('nosniff');
      expect(answer.headers['x-powered-by']).toBeUndefined();
    }
  });
});

describe('slowloris', () => {
  it('closes a connection that has not finished its headers within the headers timeout', async () => {
    const socket = connect(port, '127.0.0.1');
    const opened = Date.now();
    let answer = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (answer += chunk));
    socket.write(`GET /api/health HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n`);
    // One more header byte a second: each keeps the socket busy, none finishes the request.
    const drip = setInterval(() => socket.write('X'), 1_000);
    const closedAfter = await new Promise<number>((resolve) => {
      socket.once('close', () => resolve(Date.now() - opened));
      setTimeout(() => resolve(Number.POSITIVE_INFINITY), 16_000);
    });
    clearInterval(drip);
    socket.destroy();
    expect(closedAfter).toBeLessThanOrEqual(13_000);
    expect(answer).toMatch(/^HTTP\/1\.1 408/);
  }, 20_000);
});
