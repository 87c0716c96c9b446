/**
 * The hands-on class load test (issue 13): a real server started with
 * --hands-on on 127.0.0.1 (its default limits), and a class of simulated
 * students, each with their own session, starting runs of mixed lessons with
 * small parameters for a few minutes, within their quota (a 429 waits its
 * Retry-After). It measures what a class would feel and what the host keeps:
 * the wait in queue, its fairness across students, /api/health latency under
 * the load, where the whole-machine runs ran, leftovers and zombies after,
 * and the server's memory at rest before and after.
 *
 * Part of `npm run bench`; alone (after `npm run build:server`):
 *   node dist/server/bench/handsOnLoad.js
 *   LOAD_STUDENTS (60)  LOAD_SECONDS (180)  LOAD_WARMUP_SECONDS (45)  LOAD_EAGER_EVERY (6: one student in 6 keeps their quota full)
 *   LOAD_MAX_QUEUED (unset: the server's default) passes --max-queued
 *   BENCH_WRITE=0: print only (otherwise its section of docs/benchmarks.md is replaced)
 */
import { readFileSync } from 'node:fs';
import { availableParallelism, cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { quantile } from '../../shared/stats.js';
import type { RunInfo } from '../../shared/protocol.js';
import { sleep, startLabServer, type LabServer } from '../testing/labServer.js';
import { membersOfGroup, zombieChildrenOf } from '../testing/procWatch.js';
import { joinClass, type ClassStudent, type FollowedRun } from './classStudent.js';
import { rowsTable, describeShare, descendantsOf, loadAverages, publishSection, shareBetween, shareSnapshot, watchLoad } from './machineShare.js';
import type { BenchRow } from './extraRows.js';

export type LoadOptions = {
  students: number;
  durationMs: number;
  warmUpMs: number;
  /** One student in this many is eager: keeps one run going and one queued, no pause. */
  eagerEvery: number;
  /** After the load, how long the queue may take to drain before the rest is stopped. */
  drainMs: number;
  /** --max-queued for the server; undefined: its default. */
  maxQueued?: number;
};

export const defaultLoadOptions = (): LoadOptions => ({
  students: Number(process.env.LOAD_STUDENTS ?? 60),
  durationMs: Number(process.env.LOAD_SECONDS ?? 180) * 1000,
  warmUpMs: Number(process.env.LOAD_WARMUP_SECONDS ?? 45) * 1000,
  eagerEvery: Number(process.env.LOAD_EAGER_EVERY ?? 6),
  drainMs: 240_000,
  ...(process.env.LOAD_MAX_QUEUED ? { maxQueued: Number(process.env.LOAD_MAX_QUEUED) } : {}),
});

/** Small parameters: a class trying each lesson, not a stress of one. Weights: how often a student picks it. */
const lessons: { experiment: string; params: Record<string, unknown>; weight: number }[] = [
  { experiment: 'memory', params: { processes: 2, threads: 2, increments: 3 }, weight: 3 },
  { experiment: 'creation', params: { units: 2, repeats: 3 }, weight: 3 },
  { experiment: 'crash', params: { processes: 2, threads: 2 }, weight: 2 },
  { experiment: 'race', params: { mode: 'measure', threads: 2, increments: 20_000, repeats: 2 }, weight: 2 },
  { experiment: 'communication', params: { roundTrips: 200, channels: ['postMessage', 'pipe', 'tcp'] }, weight: 2 },
  { experiment: 'parallelism', params: { maxWorkers: 2, primesBelow: 200_000 }, weight: 1 },
  { experiment: 'backend', params: { workers: 2, requests: 40, concurrency: 4 }, weight: 1 },
];

/** A small seeded generator (mulberry32): the same class plays the same lessons every bench run. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick(next: () => number) {
  const total = lessons.reduce((sum, lesson) => sum + lesson.weight, 0);
  let at = next() * total;
  for (const lesson of lessons) {
    at -= lesson.weight;
    if (at < 0) return lesson;
  }
  return lessons[0] as (typeof lessons)[number];
}

export function refusalReason(status: number, error: string): string {
  if (status === 429 && error.includes('the most one student may have')) return '429 student quota (1 running + 1 queued)';
  if (status === 429 && error.includes('runs in a short time')) return '429 student rate (4, then 1 per 15 s)';
  if (status === 429 && error.includes('the lab is busy')) return '429 lab queue full (--max-queued)';
  if (status === 503) return `503 ${error.slice(0, 60)}`;
  return `${status} ${error.slice(0, 60)}`;
}

/** `pressedAt`: when the student first asked for this run (refusals and retries included). */
type StudentRun = FollowedRun & { student: number; pressedAt: number };

type Phase = {
  runs: StudentRun[];
  refusals: Map<string, number>;
  refusedStudents: Map<number, number>;
  /** Asked for, refused until the load ended: how long each had been waiting at the end (a wait of at least that). */
  unserved: { student: number; waitedMs: number }[];
  startedAt: number;
  endedAt: number;
  stoppedAtDrain: number;
  errors: string[];
};

/** Every student plays for `durationMs`; then no new runs, and the phase waits (bounded) until each of its runs ended. */
async function playPhase(students: ClassStudent[], options: LoadOptions, durationMs: number, seed: number): Promise<Phase> {
  const phase: Phase = { runs: [], refusals: new Map(), refusedStudents: new Map(), unserved: [], startedAt: performance.now(), endedAt: 0, stoppedAtDrain: 0, errors: [] };
  const end = Date.now() + durationMs;
  const drainEnd = end + options.drainMs;
  const worker = async (index: number, eager: boolean, lane: number) => {
    const student = students[index] as ClassStudent;
    const next = random(seed * 1000 + index * 7 + lane);
    // Students do not all press Run in the same millisecond.
    await sleep(next() * 2000);
    // A refused run is asked for again (the same lesson) after its Retry-After: one press, several tries.
    let pressed: { lesson: (typeof lessons)[number]; at: number } | undefined;
    while (Date.now() < end) {
      pressed ??= { lesson: pick(next), at: performance.now() };
      const { lesson } = pressed;
      let answer;
      try {
        answer = await student.start(lesson.experiment, lesson.params);
      } catch (error) {
        phase.errors.push(`start: ${String(error).slice(0, 120)}`);
        await sleep(1000);
        continue;
      }
      if (!answer.ok) {
        const reason = refusalReason(answer.status, answer.error);
        phase.refusals.set(reason, (phase.refusals.get(reason) ?? 0) + 1);
        phase.refusedStudents.set(index, (phase.refusedStudents.get(index) ?? 0) + 1);
        // A refusal says when to try again; a student waits that long (never past the phase).
        const waitMs = (answer.retryAfterSeconds ?? 1) * 1000;
        await sleep(Math.max(50, Math.min(waitMs, end - Date.now())));
        continue;
      }
      const run: StudentRun = Object.assign(answer.run, { student: index, pressedAt: pressed.at });
      pressed = undefined;
      phase.runs.push(run);
      try {
        await student.untilEnded(run, Math.max(1000, drainEnd - Date.now()));
      } catch (error) {
        phase.stoppedAtDrain += 1;
        phase.errors.push(String(error).slice(0, 160));
        await student.stop(run.id).catch(() => undefined);
        return;
      }
      // A student looks at the result before the next run; an eager one does not.
      if (!eager) await sleep(1000 + next() * 3000);
    }
    if (pressed) phase.unserved.push({ student: index, waitedMs: performance.now() - pressed.at });
  };
  const workers: Promise<void>[] = [];
  students.forEach((_, index) => {
    const eager = options.eagerEvery > 0 && index % options.eagerEvery === 0;
    workers.push(worker(index, eager, 0));
    if (eager) workers.push(worker(index, eager, 1));
  });
  await Promise.all(workers);
  phase.endedAt = performance.now();
  return phase;
}

function rssKb(pid: number): number {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return Number(match?.[1] ?? 0);
}

/** The server's RSS at rest, after full collections (SIGUSR2 with --expose-gc, server/main.ts): the lowest of a few readings. */
async function restingRssKb(pid: number): Promise<number> {
  const readings: number[] = [];
  for (let index = 0; index < 3; index += 1) {
    process.kill(pid, 'SIGUSR2');
    await sleep(400);
    readings.push(rssKb(pid));
  }
  return Math.min(...readings);
}

/** Lab hosts are the server's children, each the leader of its run's process group. */
function hostGroupsNow(serverPid: number): number[] {
  try {
    return readFileSync(`/proc/${serverPid}/task/${serverPid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

const fixed = (value: number, digits = 0) => (Number.isFinite(value) ? value.toFixed(digits) : 'n/a');
const seconds = (ms: number) => `${fixed(ms / 1000, 1)} s`;
const mean = (values: readonly number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : Number.NaN);

export type LoadReport = { rows: BenchRow[]; section: string };

export async function measureHandsOnLoad(options: LoadOptions = defaultLoadOptions()): Promise<LoadReport> {
  const cores = availableParallelism();
  const loadBeforeServer = loadAverages();
  // Others' share of the machine before the lab starts: 3 s with nothing of ours running.
  const quietBefore = shareSnapshot(undefined);
  await sleep(3000);
  const othersBefore = shareBetween(quietBefore, shareSnapshot(undefined));

  const server: LabServer = await startLabServer(['--hands-on', ...(options.maxQueued !== undefined ? ['--max-queued', String(options.maxQueued)] : [])], ['--expose-gc']);
  const hostGroups = new Set<number>();
  const groupWatch = setInterval(() => {
    for (const pid of hostGroupsNow(server.pid)) hostGroups.add(pid);
  }, 100);
  const health: number[] = [];
  let healthFailures = 0;
  let sampling = true;
  // With a session cookie: a GET without one mints a session (a probe every 250 ms would mint hundreds).
  let healthCookie = '';
  let healthLoop: Promise<void> = Promise.resolve();
  const sampleHealth = async () => {
    while (sampling) {
      const before = performance.now();
      try {
        const response = await fetch(`${server.url}/api/health`, { headers: { cookie: healthCookie } });
        await response.arrayBuffer();
        if (response.ok) health.push(performance.now() - before);
        else healthFailures += 1;
      } catch {
        healthFailures += 1;
      }
      await sleep(250);
    }
  };
  const students: ClassStudent[] = [];
  try {
    for (let index = 0; index < options.students; index += 1) students.push(await joinClass(server.url, server.wsUrl));
    healthCookie = (students[0] as ClassStudent).student.cookie;
    healthLoop = sampleHealth();

    // Warm-up: the same class for a shorter while, so code is compiled, sessions exist and run logs fill the in-memory cache.
    const warm = await playPhase(students, options, options.warmUpMs, 1);
    await sleep(1000);
    const rssBefore = await restingRssKb(server.pid);
    health.length = 0;
    healthFailures = 0;

    const loadWatch = watchLoad();
    const shareStart = shareSnapshot(server.pid);
    const phase = await playPhase(students, options, options.durationMs, 2);
    const share = shareBetween(shareStart, shareSnapshot(server.pid));
    const load = loadWatch.stop();
    sampling = false;
    await healthLoop;

    // At rest: every run ended; only the warm host may remain, with nothing under it.
    await sleep(1500);
    const alive = descendantsOf(server.pid).slice(1);
    const serverChildren = hostGroupsNow(server.pid);
    const spareLike = serverChildren.length <= 1 && alive.length === serverChildren.length;
    const runGroups = [...hostGroups].filter((pid) => !serverChildren.includes(pid));
    let leftovers = runGroups.flatMap(membersOfGroup);
    for (let tries = 0; leftovers.length > 0 && tries < 20; tries += 1) {
      await sleep(250);
      leftovers = runGroups.flatMap(membersOfGroup);
    }
    const zombies = zombieChildrenOf(server.pid);
    const rssAfter = await restingRssKb(server.pid);

    // ------------------------------------------------------------ figures
    const all = phase.runs;
    const started = all.filter((run) => run.runningAt !== undefined);
    const waits = started.map((run) => (run.runningAt as number) - run.acceptedAt);
    const byStudent = new Map<number, number[]>();
    for (const run of started) byStudent.set(run.student, [...(byStudent.get(run.student) ?? []), (run.runningAt as number) - run.acceptedAt]);
    const classMean = mean(waits);
    // What a student feels: from pressing Run (the first try) until it runs, refusals at the door included;
    // a press still refused when the load ended counts as a wait of at least as long as it had been.
    const pressWaits = new Map<number, number[]>();
    for (const run of started) pressWaits.set(run.student, [...(pressWaits.get(run.student) ?? []), (run.runningAt as number) - run.pressedAt]);
    for (const { student, waitedMs } of phase.unserved) pressWaits.set(student, [...(pressWaits.get(student) ?? []), waitedMs]);
    const allPressWaits = [...pressWaits.values()].flat();
    const pressMean = mean(allPressWaits);
    const studentMeans = [...pressWaits.entries()].map(([student, list]) => ({ student, mean: mean(list), runs: (byStudent.get(student) ?? []).length }));
    const worst = studentMeans.reduce((a, b) => (b.mean > a.mean ? b : a), { student: -1, mean: 0, runs: 0 });
    const neverRan = Array.from({ length: options.students }, (_, student) => student).filter((student) => !byStudent.has(student));
    const eager = (student: number) => options.eagerEvery > 0 && student % options.eagerEvery === 0;
    const groupMean = (isEager: boolean) => mean(started.filter((run) => eager(run.student) === isEager).map((run) => (run.runningAt as number) - run.acceptedAt));
    const runsPerStudent = Array.from({ length: options.students }, (_, student) => all.filter((run) => run.student === student).length);
    const steadyRuns = runsPerStudent.filter((_, student) => !eager(student));
    const eagerRuns = runsPerStudent.filter((_, student) => eager(student));
    const statuses = new Map<string, number>();
    for (const run of all) statuses.set(run.info?.status ?? 'unfinished', (statuses.get(run.info?.status ?? 'unfinished') ?? 0) + 1);
    const failedRuns = all.filter((run) => run.info && run.info.status !== 'finished');
    const lastEnd = Math.max(...all.map((run) => run.endedAt ?? 0));
    const minutes = (lastEnd - phase.startedAt) / 60_000;
    const finished = all.filter((run) => run.info?.status === 'finished').length;
    const wholeMachine = all.filter((run) => run.experiment === 'parallelism' || run.experiment === 'backend');
    const wholeMachineBad = wholeMachine.filter(
      (run) => !run.info?.placement || run.info.placement.alongside !== 0 || run.info.placement.cores.length !== cores,
    );
    const parallelism = wholeMachine.filter((run) => run.experiment === 'parallelism');
    const unpinned = all.filter((run) => run.info?.placement && run.info.placement.pinned !== true).length;
    // The estimate a queued student was shown at once, against the wait they had.
    const estimated = started.filter((run) => run.acceptedQueue && run.acceptedQueue.estimatedWaitMs > 0);
    const estimateRatios = estimated.map((run) => ((run.runningAt as number) - run.acceptedAt) / (run.acceptedQueue as { estimatedWaitMs: number }).estimatedWaitMs);
    const perLesson = lessons.map(({ experiment }) => {
      const list = started.filter((run) => run.experiment === experiment);
      const wait = list.map((run) => (run.runningAt as number) - run.acceptedAt);
      const length = list.filter((run) => run.endedAt !== undefined).map((run) => (run.endedAt as number) - (run.runningAt as number));
      return `${experiment} ${list.length} (wait ${seconds(quantile(wait, 0.5))}, ran ${seconds(quantile(length, 0.5))})`;
    });
    const refusals = [...phase.refusals.entries()].sort((a, b) => b[1] - a[1]);
    const refusedCounts = Array.from({ length: options.students }, (_, student) => phase.refusedStudents.get(student) ?? 0);
    const busyRefusals = phase.refusals.get('429 lab queue full (--max-queued)') ?? 0;
    const healthP50 = quantile(health, 0.5);
    const healthP99 = quantile(health, 0.99);
    const rssChange = (rssAfter - rssBefore) / rssBefore;
    const shareText = describeShare(share, load);
    const fairRatio = worst.mean / pressMean;
    const queueWorst = [...byStudent.entries()].map(([student, list]) => ({ student, mean: mean(list) })).reduce((a, b) => (b.mean > a.mean ? b : a), { student: -1, mean: 0 });

    const rows: BenchRow[] = [
      {
        metric: `hands-on load: ${options.students} students (1 in ${options.eagerEvery} eager), ${fixed(options.durationMs / 60_000, 1)} min, wait in queue p50 / p99 (accepted → running)`,
        value: `${seconds(quantile(waits, 0.5))} / ${seconds(quantile(waits, 0.99))} over ${started.length} runs; ${fixed(finished / minutes, 1)} runs/min; load ${fixed(load.min, 1)}–${fixed(load.max, 1)}, other work ${fixed(share.others * 100)} % of the CPU`,
        goal: 'every accepted run starts (none left at drain)',
        ok: phase.stoppedAtDrain === 0 && started.length === all.length,
      },
      {
        metric: 'hands-on load: the worst student’s mean time to run (press → running, refusals included) / the class mean (fair share); students who never ran',
        value: `${seconds(worst.mean)} (${worst.runs} runs${eager(worst.student) ? ', an eager student' : ''}) / ${seconds(pressMean)} = ${fixed(fairRatio, 2)}; never ran: ${neverRan.length}; runs per student: steady ${Math.min(...steadyRuns)}–${Math.max(...steadyRuns)}, eager ${eagerRuns.length ? `${Math.min(...eagerRuns)}–${Math.max(...eagerRuns)}` : 'none'}`,
        goal: '≤ 2 × the class mean; every student ran',
        ok: fairRatio <= 2 && neverRan.length === 0,
      },
      {
        metric: 'hands-on load: /api/health latency during the load (p50 / p99)',
        value: `${fixed(healthP50, 1)} / ${fixed(healthP99, 1)} ms over ${health.length} requests${healthFailures ? `, ${healthFailures} failed` : ''}`,
        goal: 'p99 < 250 ms (the first-event bar), none failed',
        ok: healthP99 < 250 && healthFailures === 0,
      },
      {
        metric: 'hands-on load: whole-machine runs (parallelism, backend) alone on all cores',
        value: `${wholeMachine.length - wholeMachineBad.length} of ${wholeMachine.length} (parallelism ${parallelism.length}) with alongside 0 on cores 0–${cores - 1}`,
        goal: 'all',
        ok: wholeMachine.length > 0 && wholeMachineBad.length === 0,
      },
      {
        metric: 'hands-on load: after it, leftover processes of any run’s group / zombies of the server',
        value: `${leftovers.length} / ${zombies.length}${spareLike ? '' : ` (under the server at rest: ${alive.length} processes, ${serverChildren.length} children)`}`,
        goal: '0 / 0, only the warm host under the server',
        ok: leftovers.length === 0 && zombies.length === 0 && spareLike,
      },
      {
        metric: 'hands-on load: server RSS at rest, after the warm-up → after the load (full collections)',
        value: `${fixed(rssBefore / 1024, 1)} → ${fixed(rssAfter / 1024, 1)} MiB (${rssChange >= 0 ? '+' : ''}${fixed(rssChange * 100, 1)} %)`,
        goal: 'within ±10 %',
        ok: Math.abs(rssChange) <= 0.1,
      },
    ];

    const date = new Date().toISOString().slice(0, 16).replace('T', ' ');
    const machine = `${cores} × ${cpus()[0]?.model.trim() ?? 'cpu'}, Node ${process.version}`;
    const section = [
      '## Hands-on class under load',
      '',
      `Measured ${date} UTC on ${machine} by \`server/bench/handsOnLoad.ts\` (part of \`npm run bench\`; alone: \`node dist/server/bench/handsOnLoad.js\`). ` +
        `A server started with \`--hands-on\` on 127.0.0.1 and ${options.maxQueued === undefined ? 'its default limits' : `\`--max-queued ${options.maxQueued}\`, otherwise its default limits`} (per student 1 running + 1 queued, 4 runs then 1 per 15 s; students' waiting runs bounded by the class, up to 1,000, apart from the ${options.maxQueued ?? 32} other runs the queue takes). ` +
        `${options.students} students, each with their own session cookie and WebSocket, start runs of mixed lessons with small parameters over HTTP; a refusal waits its Retry-After. ` +
        `One student in ${options.eagerEvery} is eager (keeps one run going and one queued, no pause); the others start a run, wait for its end, look at it for 1–4 s, start the next. ` +
        `A ${fixed(options.warmUpMs / 1000)} s warm-up, memory read at rest, then ${fixed(options.durationMs / 60_000, 1)} minutes of load; then no new runs, and the queue drains.`,
      '',
      `**The machine during it:** ${shareText}. Before the server started: load average ${loadBeforeServer.map((value) => value.toFixed(2)).join(' ')}, other work ${fixed(othersBefore.others * 100)} % of the CPU.`,
      '',
      '| figure | measured |',
      '|---|---|',
      `| runs accepted / started / finished | ${all.length} / ${started.length} / ${finished} (${[...statuses.entries()].map(([status, count]) => `${status} ${count}`).join(', ')}); ${fixed(finished / minutes, 1)} finished runs per minute, from the load's start until the last run ended (${fixed(minutes, 1)} min) |`,
      `| wait in queue (201 received → its \`run.status\` says running), p50 / p99 / max | ${seconds(quantile(waits, 0.5))} / ${seconds(quantile(waits, 0.99))} / ${seconds(Math.max(...waits))} |`,
      `| per lesson: runs (p50 wait in queue, p50 running → ended) | ${perLesson.join('; ')} |`,
      `| fairness in the queue: the worst student's mean wait in queue / the class mean | ${seconds(queueWorst.mean)} / ${seconds(classMean)} = ${fixed(queueWorst.mean / classMean, 2)}; steady students' mean ${seconds(groupMean(false))}, eager students' ${seconds(groupMean(true))} |`,
      `| time to run (press → running: refusals and retries included; a press still refused at the end counts as long as it had waited), p50 / p99 | ${seconds(quantile(allPressWaits, 0.5))} / ${seconds(quantile(allPressWaits, 0.99))} |`,
      `| **fairness as a student feels it**: the worst student's mean time to run / the class mean (fair share) | ${seconds(worst.mean)} (${worst.runs} runs${eager(worst.student) ? ', eager' : ''}) / ${seconds(pressMean)} = ${fixed(fairRatio, 2)}; students who never ran in the ${fixed(options.durationMs / 60_000, 1)} minutes: ${neverRan.length}${neverRan.length ? ` (${neverRan.filter(eager).length} eager)` : ''} |`,
      `| runs accepted per student | steady ${Math.min(...steadyRuns)}–${Math.max(...steadyRuns)} (mean ${fixed(mean(steadyRuns), 1)}), eager ${eagerRuns.length ? `${Math.min(...eagerRuns)}–${Math.max(...eagerRuns)} (mean ${fixed(mean(eagerRuns), 1)})` : 'none'} |`,
      `| refusals by reason | ${refusals.length ? refusals.map(([reason, count]) => `${reason}: ${count}`).join('; ') : 'none'}; refusals per student ${Math.min(...refusedCounts)}–${Math.max(...refusedCounts)} |`,
      `| the wait estimate a queued student was shown at once, against their wait: median / p10 / p90 of wait ÷ estimate | ${estimated.length ? `${fixed(quantile(estimateRatios, 0.5), 2)} / ${fixed(quantile(estimateRatios, 0.1), 2)} / ${fixed(quantile(estimateRatios, 0.9), 2)} over ${estimated.length} runs` : 'no run was shown an estimate'} |`,
      `| \`/api/health\` latency during the load (every 250 ms), p50 / p99 | ${fixed(healthP50, 1)} / ${fixed(healthP99, 1)} ms over ${health.length} requests${healthFailures ? `, ${healthFailures} failed` : ''} |`,
      `| whole-machine runs (parallelism, backend): alongside 0, on every core | ${wholeMachine.length - wholeMachineBad.length} of ${wholeMachine.length}${wholeMachineBad.length ? ` (not: ${wholeMachineBad.slice(0, 3).map((run) => JSON.stringify(run.info?.placement)).join(', ')})` : ''}; runs not pinned: ${unpinned} |`,
      `| runs that did not finish | ${failedRuns.length ? failedRuns.slice(0, 5).map((run) => `${run.experiment}: ${run.info?.status} (${(run.info?.error ?? '').slice(0, 80)})`).join('; ') : 'none'} |`,
      `| after the load, at rest | leftover processes of the ${runGroups.length} lab-host groups seen (runs and warm hosts): ${leftovers.length}; zombie children of the server: ${zombies.length}; under the server: ${alive.length} process(es) (the warm host) |`,
      `| server RSS at rest (after full collections), after the warm-up → after the load | ${fixed(rssBefore / 1024, 1)} → ${fixed(rssAfter / 1024, 1)} MiB (${rssChange >= 0 ? '+' : ''}${fixed(rssChange * 100, 1)} %) |`,
      `| warm-up | ${warm.runs.length} runs accepted in ${fixed(options.warmUpMs / 1000)} s |`,
      ...(phase.errors.length ? [`| client errors | ${phase.errors.slice(0, 3).join('; ')} |`] : []),
      '',
      '*Fair share*: in a class that is served fairly, every student waits about as long per run as the class does on average, whatever lesson they pick and however often they press Run. ' +
        'The wait that counts is the one a student feels: from pressing Run (the first try) until the run is running, every refusal and retry included; a press still refused when the load ended counts as a wait as long as it had been. ' +
        'The class mean is the mean of those waits over every press; the bar is that no student\'s mean exceeds twice it, and that every student ran. Eager students\' second run also waits for their own first run to end (one run at a time per student): that part of their wait is their own.' +
        (busyRefusals > 0
          ? ` The lab's whole queue (\`--max-queued\`, ${options.maxQueued ?? 'default 32'}) was full ${busyRefusals} times: those students were refused ("the lab is busy", Retry-After 5 s) before they reached the fair queue; whoever retried at the moment a place freed got it, so the door, not the queue, decided who ran.`
          : ''),
    ].join('\n');
    return { rows, section };
  } finally {
    sampling = false;
    clearInterval(groupWatch);
    for (const student of students) student.close();
    await server.stop();
    // After the server: nothing of any run may remain.
    await sleep(500);
    const after = [...hostGroups].flatMap(membersOfGroup);
    if (after.length > 0) console.error(`hands-on load: ${after.length} processes of run groups outlived the server: ${JSON.stringify(after.slice(0, 10))}`);
  }
}

// Run alone: `node dist/server/bench/handsOnLoad.js`.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const report = await measureHandsOnLoad();
  // Alone, its rows go with its section (in \`npm run bench\` they are in the main table).
  const published = `${report.section}\n\n${rowsTable(report.rows)}`;
  console.log(published);
  if (process.env.BENCH_WRITE !== '0') publishSection(fileURLToPath(new URL('../../../docs/benchmarks.md', import.meta.url)), 'hands-on-load', published);
  if (report.rows.some((row) => row.ok !== true)) process.exitCode = 1;
}
