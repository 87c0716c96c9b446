/**
 * Time from a launch request to the first event reaching a client, over the
 * WebSocket (run.start) and over HTTP (POST /api/runs, then subscribe).
 */
import WebSocket from 'ws';
import { summarize, type Summary } from '../../shared/stats.js';
import type { LabServer } from '../testing/labServer.js';

function openSocket(server: LabServer): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(server.wsUrl, { origin: server.url });
    socket.once('open', () => resolve(socket)).once('error', reject);
  });
}

function firstEvents(socket: WebSocket, run?: string): Promise<{ at: number; runId: string }> {
  return new Promise((resolve) => {
    const onMessage = (data: WebSocket.RawData) => {
      const message = JSON.parse(data.toString()) as { type: string; run?: string | { id: string } };
      if (message.type === 'events' && (!run || message.run === run)) {
        socket.off('message', onMessage);
        resolve({ at: performance.now(), runId: String(message.run) });
      }
    };
    socket.on('message', onMessage);
  });
}

async function waitEnded(server: LabServer, runId: string): Promise<void> {
  for (;;) {
    const info = (await (await fetch(`${server.url}/api/runs/${runId}`)).json()) as { status: string };
    if (['finished', 'failed', 'stopped'].includes(info.status)) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

export async function measureFirstEvent(server: LabServer, samples: number): Promise<{ websocket: Summary; http: Summary }> {
  const socket = await openSocket(server);
  const websocket: number[] = [];
  const http: number[] = [];
  const params = { processes: 1, threads: 1, increments: 1 };
  for (let index = 0; index < samples; index += 1) {
    // Let the warm host be re-forked between runs, as it would be between a teacher's clicks.
    await new Promise((resolve) => setTimeout(resolve, 400));
    const started = performance.now();
    const arrived = firstEvents(socket);
    socket.send(JSON.stringify({ type: 'run.start', experiment: 'memory', params }));
    const first = await arrived;
    websocket.push(first.at - started);
    await waitEnded(server, first.runId);

    await new Promise((resolve) => setTimeout(resolve, 400));
    const posted = performance.now();
    const response = (await (
      await fetch(`${server.url}/api/runs`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ experiment: 'memory', params }) })
    ).json()) as { id: string };
    const viaHttp = firstEvents(socket, response.id);
    socket.send(JSON.stringify({ type: 'subscribe', run: response.id }));
    http.push((await viaHttp).at - posted);
    socket.send(JSON.stringify({ type: 'unsubscribe', run: response.id }));
    await waitEnded(server, response.id);
  }
  socket.close();
  return { websocket: summarize(websocket), http: summarize(http) };
}
