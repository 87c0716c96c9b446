/**
 * DNS rebinding and cross-site requests against the real built server: a page
 * of another site (or one whose name was rebound to 127.0.0.1) may neither
 * read the lab nor start or stop runs; same-origin pages and clients that send
 * no Origin (curl, scripts, tests) keep working.
 */
import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postJson, startLabServer, type LabServer } from '../testing/labServer.js';

let server: LabServer;
let port = 0;
beforeAll(async () => {
  server = await startLabServer();
  port = Number(new URL(server.url).port);
});
afterAll(async () => {
  await server.stop();
});

type Answer = { status: number; body: string };

/** A raw request: fetch cannot set Host, and a browser's forged headers are what this test is about. */
function send(method: string, path: string, headers: Record<string, string>, body?: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest({ host: '127.0.0.1', port, method, path, headers }, (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (text += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body: text }));
    });
    outgoing.on('error', reject);
    outgoing.setTimeout(5_000, () => outgoing.destroy(new Error(`${method} ${path} got no answer in 5 s`)));
    outgoing.end(body);
  });
}

const startBody = JSON.stringify({ experiment: 'memory', params: { processes: 1, threads: 1, increments: 1 } });
const json = { 'content-type': 'application/json' };

async function runCount(): Promise<number> {
  const { runs } = (await (await fetch(`${server.url}/api/runs`)).json()) as { runs: unknown[] };
  return runs.length;
}

function errorOf(answer: Answer): string {
  return (JSON.parse(answer.body) as { error: string }).error;
}

describe('Host header (DNS rebinding)', () => {
  it('refuses a foreign Host on the page, the API reads and a launch, with a JSON error, and starts nothing', async () => {
    const evil = { host: `evil.example:${port}` };
    for (const answer of [
      await send('GET', '/', evil),
      await send('GET', '/api/runs', evil),
      await send('GET', '/api/health', evil),
      await send('POST', '/api/runs', { ...evil, ...json }, startBody),
    ]) {
      expect(answer.status).toBe(421);
      expect(errorOf(answer)).toMatch(/Host/);
    }
    // The loopback name on another port is another origin too.
    expect((await send('GET', '/api/runs', { host: `127.0.0.1:${port + 1}` })).status).toBe(421);
    expect(await runCount()).toBe(0);
  });

  it('serves the lab under its own names', async () => {
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`]) {
      expect((await send('GET', '/api/health', { host })).status).toBe(200);
    }
  });
});

describe('state-changing requests from other sites', () => {
  it('refuses a JSON launch with a foreign Origin, or marked cross-site, and starts nothing', async () => {
    const foreign = await send('POST', '/api/runs', { ...json, origin: 'http://evil.example' }, startBody);
    expect(foreign.status).toBe(403);
    expect(errorOf(foreign)).toMatch(/Origin/);
    const otherPort = await send('POST', '/api/runs', { ...json, origin: `http://127.0.0.1:${port + 1}` }, startBody);
    expect(otherPort.status).toBe(403);
    expect((await send('POST', '/api/runs', { ...json, origin: 'null' }, startBody)).status).toBe(403);
    const crossSite = await send('POST', '/api/runs', { ...json, 'sec-fetch-site': 'cross-site' }, startBody);
    expect(crossSite.status).toBe(403);
    expect(await runCount()).toBe(0);
  });

  it('refuses a stop sent as a cross-site form, and a form-encoded launch', async () => {
    const form = { 'content-type': 'application/x-www-form-urlencoded' };
    const foreignStop = await send('POST', '/api/runs/abcdef123/stop', { ...form, origin: 'http://evil.example' }, '');
    expect(foreignStop.status).toBe(403);
    // Even with no Origin at all (an old browser, a stripped header), a form is not how the lab is driven.
    const formStop = await send('POST', '/api/runs/abcdef123/stop', form, '');
    expect(formStop.status).toBe(415);
    expect(errorOf(formStop)).toMatch(/application\/json/);
    expect((await send('POST', '/api/runs', { 'content-type': 'text/plain' }, startBody)).status).toBe(415);
    expect(await runCount()).toBe(0);
  });

  it('accepts the same origin and no Origin: launch, then stop', async () => {
    const sameOrigin = await postJson(`${server.url}/api/runs`, JSON.parse(startBody), { origin: server.url, 'sec-fetch-site': 'same-origin' });
    expect(sameOrigin.status).toBe(201);
    const noOrigin = await postJson(`${server.url}/api/runs`, JSON.parse(startBody));
    expect(noOrigin.status).toBe(201);
    // A body-less stop, as curl -X POST sends it.
    const stop = await send('POST', `/api/runs/${String(noOrigin.body.id)}/stop`, {});
    expect([200, 404]).toContain(stop.status); // 404 if the tiny run already ended
    const stopSameOrigin = await send('POST', `/api/runs/${String(sameOrigin.body.id)}/stop`, { origin: server.url });
    expect([200, 404]).toContain(stopSameOrigin.status);
  });
});
