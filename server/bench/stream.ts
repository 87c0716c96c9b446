/**
 * Stream: how many events a second one client receives from a busy run,
 * whether any is lost, and whether the lag (receipt − server send) grows.
 */
import { quantile } from '../../shared/stats.js';
import type { LabServer } from '../testing/labServer.js';
import { connectSwarm } from './wsClients.js';

export type StreamFigures = { events: number; eventsPerSecond: number; peakEventsPerSecond: number; lossless: boolean; lagP50Ms: number; lagP99Ms: number; lagFirstQuarterMs: number; lagLastQuarterMs: number };

export async function measureStream(server: LabServer): Promise<StreamFigures> {
  const swarm = await connectSwarm(server.wsUrl, 1, server.url);
  swarm.sendAll({ type: 'run.start', experiment: 'memory', params: { processes: 8, threads: 8, increments: 1000 } });
  let runId = '';
  for (;;) {
    const runs = (await (await fetch(`${server.url}/api/runs`)).json()) as { runs: { id: string; status: string; eventCount: number; createdAt: number }[] };
    const run = runs.runs[0];
    if (run && ['finished', 'failed'].includes(run.status)) {
      runId = run.id;
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await new Promise((resolve) => setTimeout(resolve, 300));
  const info = (await (await fetch(`${server.url}/api/runs/${runId}`)).json()) as { eventCount: number };
  const receipts = swarm.receipts[0] ?? [];
  swarm.close();
  const events = receipts.reduce((sum, receipt) => sum + receipt.events, 0);
  const lags = receipts.map((receipt) => receipt.latencyMs);
  const quarter = Math.max(1, Math.floor(lags.length / 4));
  const first = receipts[0]?.atMs ?? 0;
  const activeSeconds = Math.max(1e-3, ((receipts.at(-1)?.atMs ?? first) - first) / 1000);
  // The busiest 100 ms: what the stream carried when the run was producing flat out.
  const perWindow = new Map<number, number>();
  for (const receipt of receipts) {
    const window = Math.floor((receipt.atMs - first) / 100);
    perWindow.set(window, (perWindow.get(window) ?? 0) + receipt.events);
  }
  return {
    events,
    eventsPerSecond: events / activeSeconds,
    peakEventsPerSecond: Math.max(0, ...perWindow.values()) * 10,
    lossless: events === info.eventCount,
    lagP50Ms: quantile(lags, 0.5),
    lagP99Ms: quantile(lags, 0.99),
    lagFirstQuarterMs: quantile(lags.slice(0, quarter), 0.5),
    lagLastQuarterMs: quantile(lags.slice(-quarter), 0.5),
  };
}
