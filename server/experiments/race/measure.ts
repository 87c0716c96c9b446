/**
 * Race lesson, measure mode (host side): the racing threads in one process,
 * then the same work in N separate processes, and the verdict from both.
 */
import { availableParallelism } from 'node:os';
import { z } from 'zod';
import type { RaceMeasureResult } from '../../../shared/results/race.js';
import { raceVariants } from '../../../shared/results/race.js';
import { median, quantile } from '../../../shared/stats.js';
import { forkProcessActor } from '../../lab/supervisor.js';
import { entryBeside, type LabContext } from '../types.js';

export type RaceParams = { mode: 'measure' | 'step'; threads: number; increments: number; repeats: number };

const roundsMessage = z.object({
  type: z.literal('rounds'),
  variants: z.array(
    z.object({
      variant: z.enum(raceVariants),
      rounds: z.array(z.object({ repeat: z.number(), expected: z.number(), final: z.number(), lost: z.number(), wallMs: z.number(), cutForTime: z.boolean() })),
      skippedForTime: z.number(),
    }),
  ),
});
const finalMessage = z.object({ type: z.literal('final'), final: z.number(), wallMs: z.number() });

type Round = RaceMeasureResult['variants'][number]['rounds'][number];

/** Median and p99 of a variant's rounds (every round is also in the result). */
function summarize(rounds: readonly Round[]) {
  const lost = rounds.map((round) => round.lost);
  const wallMs = rounds.map((round) => round.wallMs);
  return {
    lostMedian: median(lost),
    lostP99: quantile(lost, 0.99),
    wallMsMedian: median(wallMs),
    wallMsP99: quantile(wallMs, 0.99),
    nsPerIncrementMedian: median(rounds.map((round) => (round.wallMs * 1e6) / Math.max(1, round.expected))),
  };
}

export async function measureRace(context: LabContext, params: RaceParams): Promise<RaceMeasureResult> {
  const { bus } = context;
  bus.emit({ kind: 'phase', name: 'threads' });
  const racers = forkProcessActor(bus, {
    actor: 'racers',
    label: 'process with racing threads',
    parent: context.hostActor,
    entry: entryBeside(import.meta.url, './racersProcess.js'),
    startNs: context.startNs,
    args: [params.threads, params.increments, params.repeats].map(String),
  });
  let variants: RaceMeasureResult['variants'] = [];
  racers.onMessage((raw) => {
    const parsed = roundsMessage.safeParse(raw);
    if (parsed.success) variants = parsed.data.variants.map((entry) => ({ ...entry, summary: summarize(entry.rounds) }));
  });
  const racersExit = await racers.exited;
  if (racersExit.code !== 0 || variants.length === 0) throw new Error(`the racing process failed (code ${racersExit.code}, signal ${racersExit.signal})`);

  bus.emit({ kind: 'phase', name: 'processes' });
  const processes = Array.from({ length: params.threads }, (_, index) => {
    const actor = `proc-${index + 1}`;
    const child = forkProcessActor(bus, {
      actor,
      label: `process ${index + 1}`,
      parent: context.hostActor,
      entry: entryBeside(import.meta.url, './processCounter.js'),
      startNs: context.startNs,
      args: [String(params.increments)],
    });
    const report = new Promise<{ actor: string; pid: number; final: number; wallMs: number }>((resolve) =>
      child.onMessage((raw) => {
        const parsed = finalMessage.safeParse(raw);
        if (parsed.success) resolve({ actor, pid: child.child.pid ?? 0, final: parsed.data.final, wallMs: parsed.data.wallMs });
      }),
    );
    return { child, report };
  });
  const exits = await Promise.all(processes.map(({ child }) => child.exited));
  if (exits.some((exit) => exit.code !== 0)) throw new Error('a counting process failed');
  const finals = await Promise.all(processes.map(({ report }) => report));

  const roundsOf = (variant: string) => variants.find((entry) => entry.variant === variant)?.rounds ?? [];
  const plain = roundsOf('plain');
  const medianWall = (variant: string) => variants.find((entry) => entry.variant === variant)?.summary?.nsPerIncrementMedian ?? Number.NaN;
  return {
    mode: 'measure',
    threads: params.threads,
    increments: params.increments,
    repeats: params.repeats,
    pid: racers.child.pid ?? 0,
    variants,
    cutForTime: variants.some((entry) => (entry.skippedForTime ?? 0) > 0 || entry.rounds.some((round) => round.cutForTime)),
    processes: finals,
    verdict: {
      plainLostMedian: median(plain.map((round) => round.lost)),
      plainLostMax: Math.max(0, ...plain.map((round) => round.lost)),
      plainRoundsWithLoss: plain.filter((round) => round.lost > 0).length,
      plainRounds: plain.length,
      atomicLostMax: Math.max(0, ...roundsOf('atomic').map((round) => round.lost)),
      lockLostMax: Math.max(0, ...roundsOf('lock').map((round) => round.lost)),
      // Per increment, so a round cut for time still compares fairly.
      atomicSlowdown: medianWall('atomic') / medianWall('plain'),
      lockSlowdown: medianWall('lock') / medianWall('plain'),
    },
    cores: availableParallelism(),
    nodeNotes: ['sab-only-shared', 'plain-int32-race'],
  };
}
