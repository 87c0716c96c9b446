/**
 * "Predict, then run" (shared: the browser shows it, the server counts a hands-on class's matches): one question per lesson whose answer this machine
 * measures. Each lesson's options, how its run's result (parsed with the
 * lesson's own schema) maps to one of them, and how a prediction compares.
 * Pure: the figures come from the run, never from here.
 */
import { memoryResultSchema } from './experiments.js';
import { backendResultSchema } from './results/backend.js';
import { communicationResultSchema } from './results/communication.js';
import { crashResultSchema } from './results/crash.js';
import { creationResultSchema } from './results/creation.js';
import { parallelismResultSchema } from './results/parallelism.js';
import { raceResultSchema } from './results/race.js';

export const predictionOptions = {
  memory: ['changes', 'unchanged'],
  creation: ['processes-faster', 'same', 'x2', 'x5', 'x10'],
  crash: ['siblings-survive', 'siblings-die'],
  race: ['always', 'sometimes', 'never'],
  parallelism: ['x1', 'x2', 'x3', 'x4'],
  communication: ['same', 'x2', 'x5', 'x10'],
  backend: ['pool-loses-more', 'same', 'cluster-loses-more'],
} as const;

export type PredictionLesson = keyof typeof predictionOptions;
export type PredictionOption<L extends PredictionLesson = PredictionLesson> = (typeof predictionOptions)[L][number];

/** Lessons whose options lie on a scale: a neighbour of the measured option counts as "close". */
const ordered: Record<PredictionLesson, boolean> = {
  memory: false,
  creation: true,
  crash: false,
  race: true,
  parallelism: true,
  communication: true,
  // Which side lost more is a yes/no question with a middle: "about the same" is not "close" to either side.
  backend: false,
};

export function isPredictionLesson(id: string): id is PredictionLesson {
  return Object.hasOwn(predictionOptions, id);
}

/** What this run measured, as the option it lands on plus the figures to quote. */
export type Measurement =
  | { lesson: 'memory'; answer: 'changes' | 'unchanged'; parentX: number; children: number; childX: number }
  | { lesson: 'creation'; answer: PredictionOption<'creation'>; ratio: number; threadMs: number; processMs: number }
  | { lesson: 'crash'; answer: PredictionOption<'crash'>; fault: string; alive: number; total: number; processSurvived: boolean }
  | { lesson: 'race'; answer: PredictionOption<'race'>; also: PredictionOption<'race'>[]; withLoss: number; rounds: number; lostMedian: number }
  | { lesson: 'parallelism'; answer: PredictionOption<'parallelism'>; n: number; speedup: number; cores: number }
  | { lesson: 'communication'; answer: PredictionOption<'communication'>; ratio: number; channel: string }
  | {
      lesson: 'backend';
      answer: PredictionOption<'backend'>;
      signal: string;
      poolFailed: number;
      poolTotal: number;
      clusterFailed: number;
      clusterTotal: number;
    };

/**
 * Which side of the backend fault phase lost more requests. Counts this
 * small are noisy (a request in flight more or less), so a difference of at
 * most one request, or of at most a fifth of the larger count, reads as
 * "about the same".
 */
export function whichLostMore(poolFailed: number, clusterFailed: number): PredictionOption<'backend'> {
  const difference = Math.abs(poolFailed - clusterFailed);
  if (difference <= Math.max(1, 0.2 * Math.max(poolFailed, clusterFailed))) return 'same';
  return poolFailed > clusterFailed ? 'pool-loses-more' : 'cluster-loses-more';
}

/** Ratio buckets on a log scale: 1, 2, 5, 10 meet at √2, √10 and √50. */
function timesBucket(ratio: number): 'same' | 'x2' | 'x5' | 'x10' {
  if (ratio < Math.SQRT2) return 'same';
  if (ratio < Math.sqrt(10)) return 'x2';
  if (ratio < Math.sqrt(50)) return 'x5';
  return 'x10';
}

/** The measured option for a lesson's run result, or undefined if the result does not tell. */
export function measure(lesson: PredictionLesson, result: unknown): Measurement | undefined {
  switch (lesson) {
    case 'memory': {
      const parsed = memoryResultSchema.safeParse(result);
      if (!parsed.success) return undefined;
      const { parentX, children } = parsed.data;
      // The parent's x starts at 0 (the lab writes it before forking).
      return { lesson, answer: parentX === 0 ? 'unchanged' : 'changes', parentX, children: children.length, childX: children[0]?.x ?? 0 };
    }
    case 'creation': {
      const parsed = creationResultSchema.safeParse(result);
      if (!parsed.success) return undefined;
      const { ratio, threadReadyMedianUs, processReadyMedianUs } = parsed.data.verdict;
      const answer = ratio < 1 / Math.SQRT2 ? 'processes-faster' : timesBucket(ratio);
      return { lesson, answer, ratio, threadMs: threadReadyMedianUs / 1000, processMs: processReadyMedianUs / 1000 };
    }
    case 'crash': {
      const parsed = crashResultSchema.safeParse(result);
      if (!parsed.success) return undefined;
      const { threadSiblings, threadSiblingsAlive } = parsed.data.verdict;
      const answer = threadSiblings > 0 && threadSiblingsAlive === threadSiblings ? 'siblings-survive' : 'siblings-die';
      const side = parsed.data.threadSide;
      return { lesson, answer, fault: side.fault, alive: threadSiblingsAlive, total: threadSiblings, processSurvived: side.processSurvived };
    }
    case 'race': {
      const parsed = raceResultSchema.safeParse(result);
      if (!parsed.success) return undefined;
      if (parsed.data.mode === 'step') {
        const lost = parsed.data.lost;
        return { lesson, answer: lost > 0 ? 'sometimes' : 'never', also: lost > 0 ? ['always'] : [], withLoss: lost > 0 ? 1 : 0, rounds: 1, lostMedian: lost };
      }
      const { plainRoundsWithLoss, plainRounds, plainLostMedian } = parsed.data.verdict;
      const answer = plainRoundsWithLoss === 0 ? 'never' : plainRoundsWithLoss === plainRounds ? 'always' : 'sometimes';
      return { lesson, answer, also: [], withLoss: plainRoundsWithLoss, rounds: plainRounds, lostMedian: plainLostMedian };
    }
    case 'parallelism': {
      const parsed = parallelismResultSchema.safeParse(result);
      if (!parsed.success) return undefined;
      // The question is about 4 threads; a run that stopped short answers with its largest count.
      const candidates = parsed.data.threads.filter((configuration) => configuration.n <= 4);
      const chosen = candidates.find((configuration) => configuration.n === 4) ?? candidates.sort((a, b) => b.n - a.n)[0];
      if (!chosen) return undefined;
      const s = chosen.speedup;
      const answer = s < 1.5 ? 'x1' : s < 2.5 ? 'x2' : s < 3.5 ? 'x3' : 'x4';
      return { lesson, answer, n: chosen.n, speedup: s, cores: parsed.data.cores };
    }
    case 'communication': {
      const parsed = communicationResultSchema.safeParse(result);
      if (!parsed.success) return undefined;
      const { processOverThreadRatio, fastestProcessChannel } = parsed.data.verdict;
      if (processOverThreadRatio === null || fastestProcessChannel === null) return undefined;
      return { lesson, answer: timesBucket(processOverThreadRatio), ratio: processOverThreadRatio, channel: fastestProcessChannel };
    }
    case 'backend': {
      const parsed = backendResultSchema.safeParse(result);
      // A run without the fault (fault: none) does not answer the question.
      if (!parsed.success || parsed.data.fault === null) return undefined;
      const { fault, pool, cluster } = parsed.data.fault;
      return {
        lesson,
        answer: whichLostMore(pool.failed, cluster.failed),
        signal: pool.deadProcess.signal ?? fault.toUpperCase(),
        poolFailed: pool.failed,
        poolTotal: pool.total,
        clusterFailed: cluster.failed,
        clusterTotal: cluster.total,
      };
    }
    default: {
      const unreachable: never = lesson;
      throw new Error(`no prediction for ${String(unreachable)}`);
    }
  }
}

export type Comparison = 'match' | 'close' | 'miss';

/** How a prediction compares with the measured option. */
export function comparePrediction(lesson: PredictionLesson, predicted: string, measured: Measurement): Comparison {
  if (predicted === measured.answer) return 'match';
  if (measured.lesson === 'race' && (measured.also as readonly string[]).includes(predicted)) return 'match';
  if (!ordered[lesson]) return 'miss';
  const options: readonly string[] = predictionOptions[lesson];
  const distance = Math.abs(options.indexOf(predicted) - options.indexOf(measured.answer));
  return options.includes(predicted) && distance === 1 ? 'close' : 'miss';
}
