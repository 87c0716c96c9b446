/**
 * Lesson "creation": how much it costs to create a process vs a thread.
 *
 * First the story round: N worker threads (inside one spawner process) and
 * then N child processes are started as actors, so the stage shows each unit
 * appearing at its real ready time with its real pid/tid. Then `repeats`
 * measured rounds do the same silently (bare Worker / fork, no event per
 * unit): the story's units load the actor runtime and emit events, which the
 * measured figures must not include. Every measured unit gives a time to
 * ready and a time to exit; memory is read from /proc while all N are alive.
 */
import { availableParallelism } from 'node:os';
import type { CreationResult } from '../../../shared/results/creation.js';
import { median, quantile } from '../../../shared/stats.js';
import { forkProcessActor, type ProcessActor } from '../../lab/supervisor.js';
import { entryBeside, type ExperimentDefinition } from '../types.js';
import { childMemory, createUnits } from './measureUnits.js';
import { measureNativeCreation } from './nativeRun.js';
import { spawnerReportSchema, type RoundReport, type SpawnerCommand } from './spawnerMessages.js';

type CreationParams = { units: number; repeats: number };
/** No measured round starts unless it should end before this (the last round's length as the guess). */
const BUDGET_MS = 20_000;
/**
 * The first measured round may use more of the run's 30 s: without it there
 * are only the story's figures. On a machine so loaded that even this does
 * not fit, the story's figures are reported instead (and the result says so).
 */
const LAST_RESORT_MS = 25_000;

type Samples = { readyUs: number[]; exitUs: number[]; privateKb: number[]; pssKb: number[]; rssKb: number[] };
const emptySamples = (): Samples => ({ readyUs: [], exitUs: [], privateKb: [], pssKb: [], rssKb: [] });

function summarizeSide(samples: Samples): CreationResult['threads'] {
  return {
    ...samples,
    readyMedianUs: median(samples.readyUs),
    readyP99Us: quantile(samples.readyUs, 0.99),
    exitMedianUs: median(samples.exitUs),
    exitP99Us: quantile(samples.exitUs, 0.99),
  };
}

/** Talks to the thread-starting process: one round of N workers per request. */
function threadRounds(spawner: ProcessActor) {
  let waiting: { resolve(report: RoundReport): void; reject(error: Error): void } | undefined;
  let onReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (onReady = resolve));
  spawner.onMessage((raw) => {
    const parsed = spawnerReportSchema.safeParse(raw);
    if (!parsed.success) return;
    const report = parsed.data;
    if (report.type === 'spawner-ready') onReady();
    else if (report.type === 'round-done') waiting?.resolve(report);
    else waiting?.reject(new Error(`the thread round failed: ${report.error}`));
  });
  const died = spawner.exited.then(() => {
    throw new Error('the process that starts the threads ended unexpectedly');
  });
  died.catch(() => undefined);
  return {
    ready: Promise.race([ready, died]),
    round(units: number, story: boolean): Promise<RoundReport> {
      const answered = new Promise<RoundReport>((resolve, reject) => (waiting = { resolve, reject }));
      spawner.send({ type: 'round', units, story } satisfies SpawnerCommand);
      return Promise.race([answered, died]);
    },
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
    const rounds = threadRounds(spawner);
    await rounds.ready;
    const storyOptions = { sink: bus, parent: context.hostActor, startNs: context.startNs };

    /** One round: N threads, then N processes; their samples go into `into`. */
    const runRound = async (into: { threads: Samples; processes: Samples }, story: boolean, repeat: number) => {
      bus.emit({ kind: 'phase', name: story ? 'threads' : `threads-repeat-${repeat}` });
      const report = await rounds.round(params.units, story);
      into.threads.readyUs.push(...report.readyUs);
      into.threads.exitUs.push(...report.exitUs);
      into.threads.privateKb.push(report.privateKbPerUnit);
      into.threads.pssKb.push(report.pssKbPerUnit);
      into.threads.rssKb.push(report.rssKbPerUnit);

      bus.emit({ kind: 'phase', name: story ? 'processes' : `processes-repeat-${repeat}` });
      const times = await createUnits('process', params.units, story ? storyOptions : undefined, (pids) => {
        const memory = childMemory(pids);
        into.processes.privateKb.push(memory.privateKb);
        into.processes.pssKb.push(memory.pssKb);
        into.processes.rssKb.push(memory.rssKb);
      });
      into.processes.readyUs.push(...times.readyUs);
      into.processes.exitUs.push(...times.exitUs);
    };

    // The story: few actors, real ids, real ready times. Its figures are kept
    // apart, and used only if not even one measured round fits in the time.
    const story = { threads: emptySamples(), processes: emptySamples() };
    const storyStarted = performance.now();
    await runRound(story, true, 0);

    const measured = { threads: emptySamples(), processes: emptySamples() };
    let measuredRepeats = 0;
    // The story round (first-time costs included) is a generous guess of the first measured one.
    let lastRoundMs = performance.now() - storyStarted;
    for (let repeat = 1; repeat <= params.repeats; repeat += 1) {
      const budget = repeat === 1 ? LAST_RESORT_MS : BUDGET_MS;
      if (performance.now() - started + lastRoundMs > budget) break;
      const roundStarted = performance.now();
      await runRound(measured, false, repeat);
      measuredRepeats = repeat;
      lastRoundMs = performance.now() - roundStarted;
    }
    const storyCounted = measuredRepeats === 0;
    const { threads, processes } = storyCounted ? story : measured;
    spawner.send({ type: 'end' } satisfies SpawnerCommand);
    await spawner.exited;

    // The same costs in C, beside Node's: what the runtime adds (or why they are missing).
    bus.emit({ kind: 'phase', name: 'native' });
    const native = await measureNativeCreation(context, params.units, Math.max(1, measuredRepeats));

    const threadSide = summarizeSide(threads);
    const processSide = summarizeSide(processes);
    const memory = {
      processPrivateKb: median(processes.privateKb),
      processPssKb: median(processes.pssKb),
      processRssKb: median(processes.rssKb),
      workerPrivateKbPerUnit: median(threads.privateKb),
      workerPssKbPerUnit: median(threads.pssKb),
      workerRssKbPerUnit: median(threads.rssKb),
    };
    const result: CreationResult = {
      units: params.units,
      repeatsRequested: params.repeats,
      measuredRepeats,
      repeatsDone: measuredRepeats + 1,
      storyRepeatExcluded: !storyCounted,
      cutForTime: measuredRepeats < params.repeats,
      threads: threadSide,
      processes: processSide,
      verdict: {
        threadReadyMedianUs: threadSide.readyMedianUs,
        processReadyMedianUs: processSide.readyMedianUs,
        ratio: processSide.readyMedianUs / threadSide.readyMedianUs,
        threadPrivateKb: memory.workerPrivateKbPerUnit,
        processPrivateKb: memory.processPrivateKb,
        processRssKb: memory.processRssKb,
      },
      memory,
      cores: availableParallelism(),
      // fork-is-exec: a forked child boots a whole new Node (no copy-on-write
      // of the parent); worker-own-isolate: a worker boots its own V8 isolate
      // too, so it is far dearer than a pthread; rss-counts-shared: RSS counts
      // shared library pages in full in every process.
      nodeNotes: ['fork-is-exec', 'worker-own-isolate', 'rss-counts-shared'],
      native,
    };
    return result;
  },
};
