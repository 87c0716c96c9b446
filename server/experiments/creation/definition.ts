/**
 * Lesson "creation": how much it costs to create a process vs a thread.
 * Each repeat requests N worker threads at once (inside one spawner process,
 * whose memory growth per worker is read from /proc), then N child processes
 * at once (each child's own private/PSS/RSS read from /proc). The first
 * repeat is the story: its units are actors and appear on stage with their
 * real ids at their real ready times; later repeats are measured silently.
 */
import { availableParallelism } from 'node:os';
import { z } from 'zod';
import type { CreationResult } from '../../../shared/results/creation.js';
import { median, quantile } from '../../../shared/stats.js';
import { forkProcessActor } from '../../lab/supervisor.js';
import { entryBeside, type ExperimentDefinition } from '../types.js';
import { childMemory, createUnits } from './measureUnits.js';

type CreationParams = { units: number; repeats: number };
/** Repeats stop here, so the largest request ends well within the run's limit. */
const BUDGET_MS = 18_000;

const spawnerReport = z.object({
  type: z.literal('repeat-done'),
  readyUs: z.array(z.number()),
  exitUs: z.array(z.number()),
  privateKbPerUnit: z.number(),
  rssKbPerUnit: z.number(),
  pssKbPerUnit: z.number(),
});

function summarizeSide(samples: { readyUs: number[]; exitUs: number[]; privateKb: number[]; pssKb: number[]; rssKb: number[] }) {
  return {
    ...samples,
    readyMedianUs: median(samples.readyUs),
    readyP99Us: quantile(samples.readyUs, 0.99),
    exitMedianUs: median(samples.exitUs),
  };
}

export const definition: ExperimentDefinition = {
  id: 'creation',
  async run(context) {
    const params = context.params as CreationParams;
    const { bus } = context;
    const started = performance.now();

    const spawner = forkProcessActor(bus, {
      actor: 'thread-host',
      label: 'process that starts the threads',
      parent: context.hostActor,
      entry: entryBeside(import.meta.url, './threadSpawner.js'),
      startNs: context.startNs,
    });
    const reports: z.infer<typeof spawnerReport>[] = [];
    let onReport: () => void = () => undefined;
    let onReady: () => void = () => undefined;
    const spawnerReady = new Promise<void>((resolve) => (onReady = resolve));
    spawner.onMessage((raw) => {
      if ((raw as { type?: string }).type === 'spawner-ready') onReady();
      const parsed = spawnerReport.safeParse(raw);
      if (parsed.success) {
        reports.push(parsed.data);
        onReport();
      }
    });
    await Promise.race([spawnerReady, spawner.exited]);

    const threads = { readyUs: [] as number[], exitUs: [] as number[], privateKb: [] as number[], pssKb: [] as number[], rssKb: [] as number[] };
    const processes = { readyUs: [] as number[], exitUs: [] as number[], privateKb: [] as number[], pssKb: [] as number[], rssKb: [] as number[] };
    let repeatsDone = 0;
    for (let repeat = 1; repeat <= params.repeats; repeat += 1) {
      if (repeat > 1 && performance.now() - started > BUDGET_MS) break;
      const story = repeat === 1;
      bus.emit({ kind: 'phase', name: story ? 'threads' : `threads-repeat-${repeat}` });
      const reported = new Promise<void>((resolve) => (onReport = resolve));
      spawner.send({ type: 'repeat', units: params.units, repeat, story });
      await Promise.race([reported, spawner.exited]);
      const report = reports.at(-1);
      if (!report || reports.length !== repeat) throw new Error('the thread-starting process stopped answering');
      // The story repeat's units are instrumented actors (and pay first-time
      // costs); with more repeats, the figures come from the silent ones.
      const counted = !story || params.repeats === 1;
      if (counted) threads.readyUs.push(...report.readyUs);
      if (counted) {
        threads.exitUs.push(...report.exitUs);
        threads.privateKb.push(report.privateKbPerUnit);
        threads.pssKb.push(report.pssKbPerUnit);
        threads.rssKb.push(report.rssKbPerUnit);
      }

      bus.emit({ kind: 'phase', name: story ? 'processes' : `processes-repeat-${repeat}` });
      const times = await createUnits(
        'process',
        params.units,
        story ? { sink: bus, parent: context.hostActor, startNs: context.startNs, repeat } : undefined,
        (pids) => {
          if (!counted) return;
          const memory = childMemory(pids);
          processes.privateKb.push(memory.privateKb);
          processes.pssKb.push(memory.pssKb);
          processes.rssKb.push(memory.rssKb);
        },
      );
      if (counted) {
        processes.readyUs.push(...times.readyUs);
        processes.exitUs.push(...times.exitUs);
      }
      repeatsDone = repeat;
    }
    spawner.send({ type: 'end' });
    await spawner.exited;

    const threadSide = summarizeSide(threads);
    const processSide = summarizeSide(processes);
    const result: CreationResult = {
      units: params.units,
      repeatsRequested: params.repeats,
      repeatsDone,
      cutForTime: repeatsDone < params.repeats,
      storyRepeatExcluded: params.repeats > 1,
      threads: threadSide,
      processes: processSide,
      verdict: {
        threadReadyMedianUs: threadSide.readyMedianUs,
        processReadyMedianUs: processSide.readyMedianUs,
        ratio: processSide.readyMedianUs / threadSide.readyMedianUs,
        threadPrivateKb: median(threads.privateKb),
        processPrivateKb: median(processes.privateKb),
        processRssKb: median(processes.rssKb),
      },
      cores: availableParallelism(),
      nodeNotes: ['fork-is-exec', 'worker-own-isolate', 'rss-counts-shared'],
    };
    return result;
  },
};
