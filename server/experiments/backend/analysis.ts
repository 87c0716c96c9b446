/**
 * Turns the load generator's real per-request outcomes into the lesson's
 * figures: latency distribution, throughput, who served what, and for the
 * fault phase the failed requests, their kind, and the recovery time. Pure.
 */
import type { BackendFaultBin, BackendFaultSide, BackendMeasured, BackendSummary } from '../../../shared/results/backend.js';
import { downsample, summarize } from '../../../shared/stats.js';
import type { Outcome } from './messages.js';

/** Latency charts show at most this many samples. */
export const MAX_SAMPLES = 200;

const NS_PER_MS = 1e6;
export const latencyMsOf = (outcome: Outcome): number => (outcome.endT - outcome.startT) / NS_PER_MS;

/** A distribution summary; with no samples every figure is 0 and count says so (JSON has no NaN). */
export function summaryOf(samples: readonly number[]): BackendSummary {
  if (samples.length === 0) return { count: 0, min: 0, median: 0, p99: 0, max: 0 };
  return summarize(samples);
}

export type WorkerIdentity = { actor: string; pid: number; tid: number };

export function measuredSide(outcomes: readonly Outcome[], wallMs: number, workers: readonly WorkerIdentity[]): BackendMeasured {
  const ok = outcomes.filter((outcome) => outcome.ok);
  const latencies = ok.map(latencyMsOf);
  return {
    requests: outcomes.length,
    ok: ok.length,
    failed: outcomes.length - ok.length,
    wallMs,
    throughputPerSec: wallMs > 0 ? ok.length / (wallMs / 1000) : 0,
    latencyMs: summaryOf(latencies),
    latencySamplesMs: downsample(latencies, MAX_SAMPLES),
    workers: workers.map((worker) => ({ ...worker, served: ok.filter((outcome) => outcome.servedBy === worker.actor).length })),
  };
}

export type FaultFacts = {
  victim: string;
  deadProcess: { actor: string; pid: number; code: number | null; signal: string | null };
  /** Run time (ns) of the dead process's exit. */
  diedAtT: number;
  /** Whether an actor is the one that came back (restarted pool's thread, or the cluster's replacement). */
  isReplacement(actor: string): boolean;
  replacement: { actor: string; pid: number } | null;
};

export function faultSide(outcomes: readonly Outcome[], facts: FaultFacts): BackendFaultSide {
  const failed = outcomes.filter((outcome) => !outcome.ok);
  const recovered = outcomes
    .filter((outcome) => outcome.ok && outcome.servedBy !== undefined && facts.isReplacement(outcome.servedBy) && outcome.endT > facts.diedAtT)
    .map((outcome) => outcome.endT);
  const recoveredAt = recovered.length > 0 ? Math.min(...recovered) : undefined;
  const until = recoveredAt ?? Number.POSITIVE_INFINITY;
  return {
    victim: facts.victim,
    deadProcess: facts.deadProcess,
    diedAtMs: facts.diedAtT / NS_PER_MS,
    total: outcomes.length,
    ok: outcomes.length - failed.length,
    failed: failed.length,
    failedInFlight: failed.filter((outcome) => outcome.startT <= facts.diedAtT).length,
    failedAfter: failed.filter((outcome) => outcome.startT > facts.diedAtT).length,
    okWhileRecovering: outcomes.filter((outcome) => outcome.ok && outcome.endT > facts.diedAtT && outcome.endT < until).length,
    recoveryMs: recoveredAt === undefined ? null : (recoveredAt - facts.diedAtT) / NS_PER_MS,
    replacement: facts.replacement,
  };
}

/** Successes and failures per `binMs` of the fault window, counted when the client learned the outcome. */
export function faultBins(pool: readonly Outcome[], cluster: readonly Outcome[], binMs: number): BackendFaultBin[] {
  const all = [...pool, ...cluster];
  if (all.length === 0) return [];
  const origin = Math.min(...all.map((outcome) => outcome.startT));
  const last = Math.max(...all.map((outcome) => outcome.endT));
  const count = Math.floor((last - origin) / (binMs * NS_PER_MS)) + 1;
  const bins: BackendFaultBin[] = Array.from({ length: count }, (_, index) => ({ fromMs: index * binMs, poolOk: 0, poolFailed: 0, clusterOk: 0, clusterFailed: 0 }));
  const place = (outcome: Outcome) => bins[Math.floor((outcome.endT - origin) / (binMs * NS_PER_MS))] as BackendFaultBin;
  for (const outcome of pool) place(outcome)[outcome.ok ? 'poolOk' : 'poolFailed'] += 1;
  for (const outcome of cluster) place(outcome)[outcome.ok ? 'clusterOk' : 'clusterFailed'] += 1;
  return bins;
}
