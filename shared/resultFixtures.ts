/** Small, valid results of each lesson, for tests of what is computed from results (predictions, the class wall). */
import type { MemoryResult } from './experiments.js';
import type { BackendFaultSide, BackendResult } from './results/backend.js';
import type { CommunicationResult } from './results/communication.js';
import type { CrashResult } from './results/crash.js';
import type { CreationResult } from './results/creation.js';
import type { ParallelismResult } from './results/parallelism.js';
import type { RaceMeasureResult } from './results/race.js';
import { recordedResult as recordedBackend } from '../client/src/lessons/backend/fixtures.js';
export const memory = (parentX: number): MemoryResult => ({
  parentX,
  parentPid: 10,
  children: [{ actor: 'child-1', pid: 11, x: 5 }, { actor: 'child-2', pid: 12, x: 5 }],
  sharedX: 15,
  expectedSharedX: 15,
  threadedPid: 13,
  threads: [],
});

const side = { readyUs: [], exitUs: [], readyMedianUs: 0, readyP99Us: 0, exitMedianUs: 0, privateKb: [], pssKb: [], rssKb: [] };
export const creation = (threadUs: number, processUs: number): CreationResult => ({
  units: 4,
  repeatsRequested: 5,
  repeatsDone: 5,
  storyRepeatExcluded: true,
  cutForTime: false,
  threads: side,
  processes: side,
  verdict: { threadReadyMedianUs: threadUs, processReadyMedianUs: processUs, ratio: processUs / threadUs, threadPrivateKb: 1, processPrivateKb: 2, processRssKb: 3 },
  cores: 2,
  nodeNotes: [],
});

const exit = { code: null, signal: 'SIGSEGV', reason: 'process died' };
export const crash = (alive: number, total: number, fault = 'sigsegv'): CrashResult => ({
  processSide: { fault: 'sigsegv', crashed: { actor: 'child-1', pid: 5, ...exit }, siblings: [] },
  threadSide: { fault, pid: 9, process: exit, processSurvived: alive > 0, victim: 'thread-1', threads: [], corruptRecordsSeenBySiblings: 0 },
  verdict: { processSiblings: 3, processSiblingsAlive: 3, threadSiblings: total, threadSiblingsAlive: alive },
  nodeNotes: [],
});

export const race = (withLoss: number, rounds: number): RaceMeasureResult => ({
  mode: 'measure',
  threads: 4,
  increments: 1000,
  pid: 3,
  variants: [],
  processes: [],
  verdict: { plainLostMedian: 120, plainLostMax: 300, plainRoundsWithLoss: withLoss, plainRounds: rounds, atomicLostMax: 0, lockLostMax: 0, atomicSlowdown: 3, lockSlowdown: 8 },
  cores: 2,
  nodeNotes: [],
});

const configuration = (n: number, speedup: number) => ({ n, wallMs: 100 / speedup, speedup, cpuMsPerUnit: [], primeCount: 7 });
export const parallelism = (threads: Array<[number, number]>): ParallelismResult => ({
  cores: 2,
  primesBelow: 1000,
  primeCount: 7,
  baselineMs: 100,
  threads: threads.map(([n, speedup]) => configuration(n, speedup)),
  processes: [],
  cutForTime: false,
  verdict: { cores: 2, bestThreadSpeedup: 2, bestThreadN: 2, bestProcessSpeedup: 2, bestProcessN: 2 },
  nodeNotes: [],
});

export const communication = (ratio: number | null): CommunicationResult => ({
  messageBytes: 64,
  channels: [],
  verdict: { fastestThreadChannel: 'sab-spin', fastestProcessChannel: ratio === null ? null : 'pipe', processOverThreadRatio: ratio, sharedMemorySpeedup: 1.3 },
  cores: 2,
  nodeNotes: [],
});

/** The recorded backend run with its fault phase's failed counts replaced (totals kept). */
export const backend = (poolFailed: number, clusterFailed: number, poolSignal: string | null = 'SIGSEGV'): BackendResult => {
  const fault = recordedBackend.fault;
  if (!fault) throw new Error('the recorded backend run has a fault phase');
  const side = (recorded: BackendFaultSide, failed: number): BackendFaultSide => ({ ...recorded, failed, ok: recorded.total - failed });
  return {
    ...recordedBackend,
    fault: {
      ...fault,
      pool: { ...side(fault.pool, poolFailed), deadProcess: { ...fault.pool.deadProcess, signal: poolSignal, code: poolSignal ? null : 1 } },
      cluster: side(fault.cluster, clusterFailed),
    },
  };
};

