/**
 * Fan-out: N spectators follow one run of the lab; then a bare ws server
 * broadcasts the very same frames, with the same gaps, to N clients, while an
 * identical run that nobody follows loads the machine as the first did. Both
 * latencies are "client receipt − server send stamp" on CLOCK_MONOTONIC.
 */
import { fork } from 'node:child_process';
import { quantile } from '../../shared/stats.js';
import type { LabServer } from '../testing/labServer.js';
import { connectSwarm, type Receipt } from './wsClients.js';

export type FanOutFigures = {
  clients: number;
  frames: number;
  labP50Ms: number;
  labP99Ms: number;
  bareP50Ms: number;
  bareP99Ms: number;
  ratioP50: number;
  ratioP99: number;
  lossless: boolean;
};

const flatten = (receipts: Receipt[][]): number[] => receipts.flatMap((mine) => mine.map((receipt) => receipt.latencyMs));

export async function measureFanOut(server: LabServer, clients: number): Promise<FanOutFigures> {
  const params = { processes: 4, threads: 4, increments: 200 };
  const response = (await (
    await fetch(`${server.url}/api/runs`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ experiment: 'memory', params }) })
  ).json()) as { id: string };
  const swarm = await connectSwarm(server.wsUrl, clients, server.url);
  // Everyone joins while the lab host is still booting its children.
  swarm.sendAll({ type: 'subscribe', run: response.id });
  await waitForEnd(server, response.id);
  await new Promise((resolve) => setTimeout(resolve, 500));
  const totalEvents = ((await (await fetch(`${server.url}/api/runs/${response.id}`)).json()) as { eventCount: number }).eventCount;
  const lossless = swarm.receipts.every((mine) => mine.reduce((sum, receipt) => sum + receipt.events, 0) === totalEvents);
  const lab = flatten(swarm.receipts);
  swarm.close();

  // The same frames through a bare broadcaster.
  const frames = (await (await fetch(`${server.url}/api/runs/${response.id}/events`)).text())
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as { t: number });
  const batches = chunkLikeHub(frames);
  const bare = fork(new URL('./bareBroadcast.js', import.meta.url), { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const port = await new Promise<number>((resolve) => bare.once('message', (message) => resolve((message as { port: number }).port)));
  const bareSwarm = await connectSwarm(`ws://127.0.0.1:${port}`, clients, `http://127.0.0.1:${port}`);
  // The lab's spectators shared the machine with the run's own processes and threads; so does the
  // bare broadcast: a twin run nobody follows starts with it, so the ratio is the hub's cost alone.
  const twin = fetch(`${server.url}/api/runs`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ experiment: 'memory', params }) });
  bare.send({ frames: batches.frames, gapsMs: batches.gapsMs });
  await new Promise((resolve) => bare.once('message', resolve));
  await waitForEnd(server, ((await (await twin).json()) as { id: string }).id);
  await new Promise((resolve) => setTimeout(resolve, 500));
  const reference = flatten(bareSwarm.receipts);
  bareSwarm.close();
  bare.kill();

  const labP50Ms = quantile(lab, 0.5);
  const labP99Ms = quantile(lab, 0.99);
  const bareP50Ms = quantile(reference, 0.5);
  const bareP99Ms = quantile(reference, 0.99);
  return {
    clients,
    frames: batches.frames.length,
    labP50Ms,
    labP99Ms,
    bareP50Ms,
    bareP99Ms,
    ratioP50: labP50Ms / bareP50Ms,
    ratioP99: labP99Ms / bareP99Ms,
    lossless,
  };
}

async function waitForEnd(server: LabServer, id: string): Promise<void> {
  for (;;) {
    const info = (await (await fetch(`${server.url}/api/runs/${id}`)).json()) as { status: string };
    if (info.status === 'finished' || info.status === 'failed') return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Regroups a run's log into frames the way the lab host batches them (every 15 ms of t). */
function chunkLikeHub(events: { t: number }[]): { frames: string[]; gapsMs: number[] } {
  const frames: string[] = [];
  const gapsMs: number[] = [];
  let batch: { t: number }[] = [];
  let batchStart = events[0]?.t ?? 0;
  let previousStart = batchStart;
  const flush = () => {
    if (batch.length === 0) return;
    frames.push(JSON.stringify({ type: 'events', run: 'bench', events: batch, serverSentNs: '0' }));
    gapsMs.push(Math.min(200, (batchStart - previousStart) / 1e6));
    previousStart = batchStart;
    batch = [];
  };
  for (const event of events) {
    if (event.t - batchStart > 15e6) {
      flush();
      batchStart = event.t;
    }
    batch.push(event);
  }
  flush();
  return { frames, gapsMs };
}
