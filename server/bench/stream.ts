/**
 * Stream: how many events a second one client receives from busy runs,
 * whether any is lost, and whether the lag (receipt − server send) grows.
 *
 * Lag is judged across the same run repeated back to back on one connection:
 * a client or server that falls behind accumulates a backlog, so the last
 * run's frames would arrive later than the first run's. Within one run, lag
 * follows the run's shape (its frames' sizes: the memory run ends on an
 * 8,000-event burst of thread writes), so comparing a run's start with its
 * end measured that shape, not growth.
 */
import { quantile } from '../../shared/stats.js';
import type { LabServer } from '../testing/labServer.js';
import { connectSwarm } from './wsClients.js';

export type StreamFigures = {
  runs: number;
  events: number;
  eventsPerSecond: number;
  peakEventsPerSecond: number;
  lossless: boolean;
  lagP50Ms: number;
  lagP99Ms: number;
  lagFirstRunMs: number;
  lagLastRunMs: number;
};

const PARAMS = { processes: 8, threads: 8, increments: 1000 };

async function finishedRun(server: LabServer, known: Set<string>): Promise<{ id: string; eventCount: number }> {
  for (;;) {
    const { runs } = (await (await fetch(`${server.url}/api/runs`)).json()) as { runs: { id: string; status: string; eventCount: number }[] };
    const run = runs.find((candidate) => !known.has(candidate.id));
    if (run && ['finished', 'failed'].includes(run.status)) return run;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export async function measureStream(server: LabServer, runs = Number(process.env.BENCH_STREAM_RUNS ?? 4)): Promise<StreamFigures> {
  const swarm = await connectSwarm(server.wsUrl, 1, server.url);
  const known = new Set(((await (await fetch(`${server.url}/api/runs`)).json()) as { runs: { id: string }[] }).runs.map((run) => run.id));
  const order: { id: string; eventCount: number }[] = [];
  for (let index = 0; index < runs; index += 1) {
    swarm.sendAll({ type: 'run.start', experiment: 'memory', params: PARAMS });
    const run = await finishedRun(server, known);
    known.add(run.id);
    order.push(run);
  }
  await new Promise((resolve) => setTimeout(resolve, 300));
  const receipts = swarm.receipts[0] ?? [];
  swarm.close();

  const eventsOf = (id: string) => receipts.filter((receipt) => receipt.run === id).reduce((sum, receipt) => sum + receipt.events, 0);
  const lagsOf = (id: string | undefined) => receipts.filter((receipt) => receipt.run === id).map((receipt) => receipt.latencyMs);
  const events = receipts.reduce((sum, receipt) => sum + receipt.events, 0);
  const first = receipts[0]?.atMs ?? 0;
  const activeSeconds = Math.max(1e-3, ((receipts.at(-1)?.atMs ?? first) - first) / 1000);
  // The busiest 100 ms: what the stream carried when a run was producing flat out.
  const perWindow = new Map<number, number>();
  for (const receipt of receipts) {
    const window = Math.floor((receipt.atMs - first) / 100);
    perWindow.set(window, (perWindow.get(window) ?? 0) + receipt.events);
  }
  const lags = receipts.map((receipt) => receipt.latencyMs);
  return {
    runs,
    events,
    eventsPerSecond: events / activeSeconds,
    peakEventsPerSecond: Math.max(0, ...perWindow.values()) * 10,
    lossless: order.every((run) => eventsOf(run.id) === run.eventCount),
    lagP50Ms: quantile(lags, 0.5),
    lagP99Ms: quantile(lags, 0.99),
    lagFirstRunMs: quantile(lagsOf(order[0]?.id), 0.5),
    lagLastRunMs: quantile(lagsOf(order.at(-1)?.id), 0.5),
  };
}
