/**
 * What one student of a hands-on class may start: at most `maxRunning` runs in
 * flight and `maxQueued` waiting, and a rate over time (a token bucket: a
 * burst, then one run per `refillMs`). Pure over the counts it is given, with
 * an injectable clock; each refusal says why and, when it will pass by
 * itself, after how long.
 */
import { createKeyedBuckets } from './keyedBuckets.js';

export type QuotaOptions = {
  /** Default 1. */
  maxRunning?: number;
  /** Default 1. */
  maxQueued?: number;
  /** Runs a student may start back to back. Default 4. */
  burst?: number;
  /** After the burst, one more run per this many ms. Default 15,000 (4 a minute). */
  refillMs?: number;
  /** Students whose rate is remembered; past it the longest-idle is forgotten. Default 20,000. */
  maxStudents?: number;
  now?: () => number;
};

export type QuotaAnswer = { ok: true } | { ok: false; reason: string; retryAfterMs?: number };
export type StudentCounts = { running: number; queued: number; /** About when the first of them ends (estimate). */ freeInMs?: number };

export function createStudentQuota(options: QuotaOptions = {}) {
  const maxRunning = options.maxRunning ?? 1;
  const maxQueued = options.maxQueued ?? 1;
  const burst = options.burst ?? 4;
  const refillMs = options.refillMs ?? 15_000;
  const maxStudents = options.maxStudents ?? 20_000;
  const now = options.now ?? Date.now;
  const rate = createKeyedBuckets({ burst, refillMs, maxKeys: maxStudents, now });

  return {
    limits: { maxRunning, maxQueued, burst, refillMs },

    /** May this student start one more run now? Does not spend anything. */
    check(student: string, counts: StudentCounts): QuotaAnswer {
      if (counts.running + counts.queued >= maxRunning + maxQueued) {
        return {
          ok: false,
          reason: `you have ${counts.running} run${counts.running === 1 ? '' : 's'} running and ${counts.queued} waiting, the most one student may have; start another when one ends`,
          // An estimate (the lessons' typical lengths); the 429's Retry-After says it in seconds.
          retryAfterMs: Math.max(1000, counts.freeInMs ?? 5000),
        };
      }
      const tokens = rate.tokens(student);
      if (tokens < 1) {
        const retryAfterMs = Math.ceil((1 - tokens) * refillMs);
        return {
          ok: false,
          reason: `you started ${burst} runs in a short time, the most one student may; one more is allowed every ${Math.round(refillMs / 1000)} s`,
          retryAfterMs,
        };
      }
      return { ok: true };
    },

    /** Spends one run of the student's rate (after the run was accepted). */
    spend(student: string): void {
      rate.spend(student);
    },
  };
}

export type StudentQuota = ReturnType<typeof createStudentQuota>;
