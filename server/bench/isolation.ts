/**
 * The isolation benchmark (issue 13): do a run's figures stay true while
 * another student's run is in flight? On a real --hands-on server, student A's
 * creation run is measured alone and while student B's 1-core run (creation,
 * memory or crash, in turn) holds the other core, alternating in the same
 * bench run (alone first in even pairs, beside first in odd ones); the ratio
 * of each pair's thread and process time-to-ready medians, beside ÷ alone.
 *
 * Communication is given 2 cores, so on a 2-core machine it can never run
 * beside another run: its "beside" attempt is queued behind B's run and then
 * runs alone. That ratio is then alone ÷ alone, and the benchmark says so and
 * checks that it ran with nothing alongside. Parallelism (all cores) must
 * never have had a run alongside it: one is started while it runs, to see it
 * wait.
 *
 *   node dist/server/bench/isolation.js   ISOLATION_PAIRS (5)   BENCH_WRITE=0: print only
 */
import { availableParallelism, cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { median } from '../../shared/stats.js';
import type { CommunicationResult } from '../../shared/results/communication.js';
import type { CreationResult } from '../../shared/results/creation.js';
import type { ParallelismResult } from '../../shared/results/parallelism.js';
import type { RunInfo } from '../../shared/protocol.js';
import { communicationExperiment } from '../../shared/experiments.js';
import { sleep, startLabServer } from '../testing/labServer.js';
import { joinClass, type ClassStudent, type FollowedRun } from './classStudent.js';
import type { BenchRow } from './extraRows.js';
import { rowsTable, describeShare, publishSection, shareBetween, shareSnapshot, watchLoad } from './machineShare.js';

const PAIRS = Number(process.env.ISOLATION_PAIRS ?? 5);
/** Cores the lab gives a communication run (shared/experiments.ts). */
const communicationCores = communicationExperiment.cores;
const RUN_TIMEOUT_MS = 90_000;
/** The measured run: the fidelity rows' creation run. */
const creation = { units: 4, repeats: 5 };
const communication = { messageBytes: 64, roundTrips: 1000, channels: ['postMessage', 'sab-wait', 'ipc-json', 'pipe', 'unix-socket', 'tcp'] };
const parallelism = { maxWorkers: 2, primesBelow: 2_000_000 };
/** B's runs: 1-core lessons, large enough to outlast A's run (then stopped). */
const neighbours: { experiment: string; params: Record<string, unknown> }[] = [
  { experiment: 'creation', params: { units: 8, repeats: 20 } },
  { experiment: 'memory', params: { processes: 8, threads: 8, increments: 1000 } },
  { experiment: 'crash', params: { processes: 8, threads: 8 } },
];

async function started(student: ClassStudent, experiment: string, params: Record<string, unknown>): Promise<FollowedRun> {
  for (let tries = 0; tries < 20; tries += 1) {
    const answer = await student.start(experiment, params);
    if (answer.ok) return answer.run;
    if (answer.status !== 429) throw new Error(`${experiment} refused: ${answer.status} ${answer.error}`);
    await sleep(Math.min(5, answer.retryAfterSeconds ?? 1) * 1000);
  }
  throw new Error(`${experiment} refused 20 times`);
}

const ratio = (a: number, b: number) => a / b;
const fixed = (value: number, digits = 2) => (Number.isFinite(value) ? value.toFixed(digits) : 'n/a');
const inBar = (value: number) => value >= 0.8 && value <= 1.25;

export type IsolationReport = { rows: BenchRow[]; section: string };

export async function measureIsolation(pairs = PAIRS): Promise<IsolationReport> {
  const cores = availableParallelism();
  // Two students who may start as many runs as the bench needs (the rate limit is not what is measured here).
  const server = await startLabServer(['--hands-on', '--student-burst', '1000', '--student-refill-seconds', '1']);
  const loadWatch = watchLoad();
  const shareStart = shareSnapshot(server.pid);
  const a = await joinClass(server.url, server.wsUrl);
  const b = await joinClass(server.url, server.wsUrl);
  const settle = () => sleep(1500);
  try {
    // ------------------------------------------------------------ creation: alone vs beside
    type CreationPair = { neighbour: string; alone: RunInfo; beside: RunInfo; covered: boolean; threadRatio: number; processRatio: number };
    const creationPairs: CreationPair[] = [];
    const alone = async (): Promise<RunInfo> => {
      const run = await started(a, 'creation', creation);
      return a.untilEnded(run, RUN_TIMEOUT_MS);
    };
    const beside = async (neighbour: (typeof neighbours)[number]): Promise<{ info: RunInfo; covered: boolean }> => {
      const other = await started(b, neighbour.experiment, neighbour.params);
      await b.untilRunning(other, RUN_TIMEOUT_MS);
      // Let B's run get going (its host's first processes), so A's whole run is measured beside it.
      await sleep(300);
      const run = await started(a, 'creation', creation);
      const info = await a.untilEnded(run, RUN_TIMEOUT_MS);
      // Beside it the whole time: B's run was still running when A's ended.
      const covered = other.endedAt === undefined || (other.endedAt >= (run.endedAt ?? 0) && other.runningAt !== undefined && other.runningAt <= (run.runningAt ?? 0));
      await b.stop(other.id);
      await b.untilEnded(other, RUN_TIMEOUT_MS);
      return { info, covered };
    };
    // One unmeasured warm-up of each (the first run of a fresh server compiles code).
    await alone();
    await settle();
    for (let pair = 0; pair < pairs; pair += 1) {
      const neighbour = neighbours[pair % neighbours.length] as (typeof neighbours)[number];
      let aloneInfo: RunInfo;
      let besideOutcome: { info: RunInfo; covered: boolean };
      if (pair % 2 === 0) {
        aloneInfo = await alone();
        await settle();
        besideOutcome = await beside(neighbour);
      } else {
        besideOutcome = await beside(neighbour);
        await settle();
        aloneInfo = await alone();
      }
      await settle();
      const aloneResult = aloneInfo.result as CreationResult | undefined;
      const besideResult = besideOutcome.info.result as CreationResult | undefined;
      creationPairs.push({
        neighbour: neighbour.experiment,
        alone: aloneInfo,
        beside: besideOutcome.info,
        covered: besideOutcome.covered,
        threadRatio: ratio(besideResult?.verdict.threadReadyMedianUs ?? Number.NaN, aloneResult?.verdict.threadReadyMedianUs ?? Number.NaN),
        processRatio: ratio(besideResult?.verdict.processReadyMedianUs ?? Number.NaN, aloneResult?.verdict.processReadyMedianUs ?? Number.NaN),
      });
    }

    // ------------------------------------------------------------ communication: alone vs its "beside" attempt
    type CommunicationPair = { alone: RunInfo; attempt: RunInfo; queuedMs: number; queuedAtStart: boolean; ratios: Record<string, number> };
    const communicationPairs: CommunicationPair[] = [];
    const communicationAlone = async () => a.untilEnded(await started(a, 'communication', communication), RUN_TIMEOUT_MS);
    const communicationAttempt = async () => {
      // B holds one core with a run of a few seconds; A's communication asks for both.
      const other = await started(b, 'creation', creation);
      await b.untilRunning(other, RUN_TIMEOUT_MS);
      const run = await started(a, 'communication', communication);
      const info = await a.untilEnded(run, RUN_TIMEOUT_MS);
      await b.untilEnded(other, RUN_TIMEOUT_MS);
      return { info, queuedMs: (run.runningAt ?? run.acceptedAt) - run.acceptedAt, queuedAtStart: run.acceptedQueue !== undefined, otherEnded: other.endedAt ?? 0, startedAt: run.runningAt ?? 0 };
    };
    await communicationAlone();
    await settle();
    let communicationStartedBeforeOtherEnded = 0;
    for (let pair = 0; pair < pairs; pair += 1) {
      let aloneInfo: RunInfo;
      let attempt: Awaited<ReturnType<typeof communicationAttempt>>;
      if (pair % 2 === 0) {
        aloneInfo = await communicationAlone();
        await settle();
        attempt = await communicationAttempt();
      } else {
        attempt = await communicationAttempt();
        await settle();
        aloneInfo = await communicationAlone();
      }
      await settle();
      if (attempt.startedAt < attempt.otherEnded - 50) communicationStartedBeforeOtherEnded += 1;
      const channelsOf = (info: RunInfo) => (info.result as CommunicationResult | undefined)?.channels ?? [];
      const ratios: Record<string, number> = {};
      for (const entry of channelsOf(attempt.info)) {
        const base = channelsOf(aloneInfo).find((other) => other.channel === entry.channel);
        ratios[entry.channel] = ratio(entry.latencyMedianUs, base?.latencyMedianUs ?? Number.NaN);
      }
      communicationPairs.push({ alone: aloneInfo, attempt: attempt.info, queuedMs: attempt.queuedMs, queuedAtStart: attempt.queuedAtStart, ratios });
    }

    // ------------------------------------------------------------ parallelism: never beside anything
    type ParallelismCheck = { info: RunInfo; queuedBehindMs: number; latecomerWaitedMs: number; latecomerStartedAfterEnd: boolean };
    const parallelismChecks: ParallelismCheck[] = [];
    for (let round = 0; round < Math.min(3, pairs); round += 1) {
      const before = await started(b, 'creation', creation);
      await b.untilRunning(before, RUN_TIMEOUT_MS);
      const run = await started(a, 'parallelism', parallelism);
      await a.untilRunning(run, RUN_TIMEOUT_MS);
      // B asks for another run while parallelism holds every core.
      const latecomer = await started(b, 'memory', { processes: 2, threads: 2, increments: 3 });
      const info = await a.untilEnded(run, RUN_TIMEOUT_MS);
      await b.untilEnded(latecomer, RUN_TIMEOUT_MS);
      await b.untilEnded(before, RUN_TIMEOUT_MS);
      parallelismChecks.push({
        info,
        queuedBehindMs: (run.runningAt as number) - run.acceptedAt,
        latecomerWaitedMs: (latecomer.runningAt ?? latecomer.acceptedAt) - latecomer.acceptedAt,
        latecomerStartedAfterEnd: (latecomer.runningAt ?? 0) >= (run.endedAt ?? Number.POSITIVE_INFINITY) - 50,
      });
      await settle();
    }

    // A run paced by a person (race in step mode) holds no core: does it start beside parallelism?
    const paced = await (async () => {
      const run = await started(a, 'parallelism', parallelism);
      await a.untilRunning(run, RUN_TIMEOUT_MS);
      const step = await started(b, 'race', { mode: 'step', threads: 2, increments: 3, repeats: 1 });
      await sleep(1000);
      const stepStartedDuring = step.runningAt !== undefined && run.endedAt === undefined;
      const info = await a.untilEnded(run, RUN_TIMEOUT_MS);
      await b.stop(step.id);
      const stepInfo = await b.untilEnded(step, RUN_TIMEOUT_MS);
      return { info, stepStartedDuring, stepPlacement: stepInfo.placement };
    })();

    const share = shareBetween(shareStart, shareSnapshot(server.pid));
    const load = loadWatch.stop();

    // ------------------------------------------------------------ figures
    const threadRatios = creationPairs.map((pair) => pair.threadRatio);
    const processRatios = creationPairs.map((pair) => pair.processRatio);
    const placementsBeside = creationPairs.map((pair) => pair.beside.placement);
    const besideHadNeighbour = placementsBeside.every((placement) => (placement?.alongside ?? 0) >= 1);
    const aloneWasAlone = creationPairs.every((pair) => pair.alone.placement?.alongside === 0);
    const covered = creationPairs.filter((pair) => pair.covered).length;
    const channels = Object.keys(communicationPairs[0]?.ratios ?? {});
    const channelMedians = Object.fromEntries(channels.map((channel) => [channel, median(communicationPairs.map((pair) => pair.ratios[channel] ?? Number.NaN))]));
    const communicationAlongside = communicationPairs.flatMap((pair) => [pair.alone.placement?.alongside, pair.attempt.placement?.alongside]);
    const communicationOk = communicationAlongside.every((alongside) => alongside === 0);
    const communicationQueued = communicationPairs.filter((pair) => pair.queuedAtStart).length;
    const parallelismOk = parallelismChecks.every((check) => check.info.placement?.alongside === 0 && check.info.placement.cores.length === cores && check.latecomerStartedAfterEnd);
    const us = (value: number | undefined) => `${fixed((value ?? Number.NaN) / 1000, 1)} ms`;
    const shareText = describeShare(share, load);
    const loadShort = `load ${fixed(load.min, 1)}–${fixed(load.max, 1)}, other work ${fixed(share.others * 100, 0)} % of the CPU`;

    const rows: BenchRow[] = [
      {
        metric: `isolation: creation thread time-to-ready beside another student's 1-core run ÷ alone (median of ${pairs} alternating pairs)`,
        value: `${fixed(median(threadRatios))} (pairs: ${threadRatios.map((value) => fixed(value)).join(', ')}); ${loadShort}`,
        goal: '0.8–1.25',
        ok: inBar(median(threadRatios)) && besideHadNeighbour && aloneWasAlone,
      },
      {
        metric: `isolation: creation process time-to-ready beside another student's 1-core run ÷ alone (median of ${pairs} alternating pairs)`,
        value: `${fixed(median(processRatios))} (pairs: ${processRatios.map((value) => fixed(value)).join(', ')}); ${loadShort}`,
        goal: '0.8–1.25',
        ok: inBar(median(processRatios)) && besideHadNeighbour && aloneWasAlone,
      },
      {
        metric: `isolation: communication (${communicationCores} cores) asked for beside a 1-core run (${pairs} times)${cores <= communicationCores ? ': queued, then ran alone, so its beside ÷ alone bar holds by construction; the round-trip ratios shown are alone ÷ alone, the noise floor (median per channel)' : ''}`,
        value: `queued at once ${communicationQueued} of ${pairs}, started before B's run ended ${communicationStartedBeforeOtherEnded}; alongside ${communicationAlongside.join(', ')}; ratios ${channels.map((channel) => `${channel} ${fixed(channelMedians[channel] as number)}`).join(', ')}`,
        goal: cores <= communicationCores ? 'never alongside another run (ratios: not a bar here)' : 'ratios 0.8–1.25',
        ok:
          cores <= communicationCores
            ? communicationOk && communicationQueued === pairs && communicationStartedBeforeOtherEnded === 0
            : channels.length > 0 && channels.every((channel) => inBar(channelMedians[channel] as number)),
      },
      {
        metric: `isolation: parallelism (all cores) never beside another run (${parallelismChecks.length} runs, each queued behind a 1-core run, with another asked for while it ran)`,
        value: parallelismChecks
          .map((check) => `alongside ${check.info.placement?.alongside}, cores ${check.info.placement?.cores.join(',')}, latecomer ${check.latecomerStartedAfterEnd ? 'waited' : '**ran beside it**'} (${fixed(check.latecomerWaitedMs / 1000, 1)} s)`)
          .join('; '),
        goal: 'alongside 0 on every core; the latecomer waits',
        ok: parallelismOk,
      },
    ];

    const date = new Date().toISOString().slice(0, 16).replace('T', ' ');
    const machine = `${cores} × ${cpus()[0]?.model.trim() ?? 'cpu'}, Node ${process.version}`;
    const speedups = parallelismChecks.map((check) => (check.info.result as ParallelismResult | undefined)?.verdict);
    const section = [
      '## Isolation: a run measured beside another student\'s run',
      '',
      `Measured ${date} UTC on ${machine} by \`server/bench/isolation.ts\` (part of \`npm run bench\`; alone: \`node dist/server/bench/isolation.js\`), on a server started with \`--hands-on\` (the student rate raised so two students can run back to back). ` +
        `Student A's creation run (${creation.units} units, ${creation.repeats} repeats) alone, and while student B's 1-core run holds the other core (B's run is started first and stopped once A's ended), alternating, ${pairs} pairs, B's lesson in turn ${neighbours.map((neighbour) => neighbour.experiment).join(', ')}.`,
      '',
      `**The machine during it:** ${shareText}.`,
      '',
      '| pair | B\'s run | A alone: thread / process ready (cores, alongside) | A beside B: thread / process ready (cores, alongside) | ratio thread / process | B in flight for all of A\'s run |',
      '|---|---|---|---|---|---|',
      ...creationPairs.map((pair, index) => {
        const aloneResult = pair.alone.result as CreationResult | undefined;
        const besideResult = pair.beside.result as CreationResult | undefined;
        return `| ${index + 1}${index % 2 === 0 ? ' (alone first)' : ' (beside first)'} | ${pair.neighbour} | ${us(aloneResult?.verdict.threadReadyMedianUs)} / ${us(aloneResult?.verdict.processReadyMedianUs)} (${pair.alone.placement?.cores.join(',')}, ${pair.alone.placement?.alongside}) | ${us(besideResult?.verdict.threadReadyMedianUs)} / ${us(besideResult?.verdict.processReadyMedianUs)} (${pair.beside.placement?.cores.join(',')}, ${pair.beside.placement?.alongside}) | ${fixed(pair.threadRatio)} / ${fixed(pair.processRatio)} | ${pair.covered ? 'yes' : 'no'} |`;
      }),
      '',
      `Median ratios: thread ${fixed(median(threadRatios))}, process ${fixed(median(processRatios))} (bar 0.8–1.25). B's run was in flight for the whole of A's in ${covered} of ${pairs} pairs (in the others B's run ended first: it was beside A for part of A's run). ` +
        'Alone, A always gets core 0; beside B (who got core 0 first), core 1. The lab server itself and this benchmark are not pinned: the server relays both runs\' events from whichever core the kernel gives it, and any other work on the machine can use the core a lone run leaves idle, but not when both cores hold runs.',
      '',
      `**Communication** is given 2 cores, so on this ${cores}-core machine it never runs beside another run: asked for while B's creation run held a core, it was queued (${communicationQueued} of ${pairs} at once; waited ${communicationPairs.map((pair) => fixed(pair.queuedMs / 1000, 1)).join(', ')} s) and then ran alone (alongside: ${communicationAlongside.join(', ')}). ` +
        `Its ratio is therefore alone ÷ alone — what it shows is that a run that waited its turn measures what a run that did not wait measures: ${channels.map((channel) => `${channel} ${fixed(channelMedians[channel] as number)}`).join(', ')}.` +
        (cores > 2 ? ' (On this machine it could have run beside a 1-core run on cores of its own.)' : ''),
      '',
      `**Parallelism** (all cores): ${parallelismChecks.map((check, index) => `run ${index + 1}: queued ${fixed(check.queuedBehindMs / 1000, 1)} s behind B's creation run, alongside ${check.info.placement?.alongside} on cores ${check.info.placement?.cores.join(',')}, best speedup threads ${fixed(speedups[index]?.bestThreadSpeedup ?? Number.NaN)} / processes ${fixed(speedups[index]?.bestProcessSpeedup ?? Number.NaN)}; B's memory run asked for while it ran waited ${fixed(check.latecomerWaitedMs / 1000, 1)} s${check.latecomerStartedAfterEnd ? ', until it ended' : ' — **and started before it ended**'}`).join('; ')}.`,
      '',
      `A run paced by a person (race in step mode) holds no core: asked for while parallelism ran, it ${paced.stepStartedDuring ? '**started at once, beside it**' : 'waited'} (its placement: ${JSON.stringify(paced.stepPlacement)}); that parallelism run recorded alongside ${paced.info.placement?.alongside}.`,
    ].join('\n');
    if (paced.stepStartedDuring) {
      rows.push({
        metric: 'isolation: a step-mode race (paced by a person, holds no core) asked for while parallelism runs',
        value: `started beside it; that parallelism run recorded alongside ${paced.info.placement?.alongside} (its lesson says so)`,
        goal: 'said, not hidden: alongside ≥ 1 when it happens',
        ok: (paced.info.placement?.alongside ?? 0) >= 1,
      });
    }
    return { rows, section };
  } finally {
    a.close();
    b.close();
    await server.stop();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const report = await measureIsolation();
  // Alone, its rows go with its section (in \`npm run bench\` they are in the main table).
  const published = `${report.section}\n\n${rowsTable(report.rows)}`;
  console.log(published);
  if (process.env.BENCH_WRITE !== '0') publishSection(fileURLToPath(new URL('../../../docs/benchmarks.md', import.meta.url)), 'isolation', published);
  if (report.rows.some((row) => row.ok !== true)) process.exitCode = 1;
}
