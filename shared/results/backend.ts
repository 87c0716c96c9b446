/**
 * What the backend lesson measures: one HTTP service built two ways (a pool
 * of worker threads in one process, a cluster of worker processes) under the
 * same real load; then one worker of each takes a fatal fault while requests
 * are in flight; then two services in separate processes talk over HTTP.
 * Times are milliseconds unless a name says otherwise.
 */
import { z } from 'zod';

export const backendArchitectures = ['pool', 'cluster'] as const;
export type BackendArchitecture = (typeof backendArchitectures)[number];

const summary = z.object({ count: z.number(), min: z.number(), median: z.number(), p99: z.number(), max: z.number() });
export type BackendSummary = z.infer<typeof summary>;

/** One worker (a thread of the pool, or a process of the cluster) and how many measured requests it served. */
const worker = z.object({ actor: z.string(), pid: z.number(), tid: z.number(), served: z.number() });

/** The measured batch against one architecture: closed loop, `concurrency` requests always in flight. */
const measured = z.object({
  requests: z.number(),
  ok: z.number(),
  failed: z.number(),
  wallMs: z.number(),
  /** Successful responses per second of the batch's wall time. */
  throughputPerSec: z.number(),
  latencyMs: summary,
  /** At most 200 latencies (ms) in request order, for the chart. */
  latencySamplesMs: z.array(z.number()),
  workers: z.array(worker),
});
export type BackendMeasured = z.infer<typeof measured>;

const exit = z.object({ code: z.number().nullable(), signal: z.string().nullable() });

/** One side of the fault phase, counted from the load generator's real outcomes. */
const faultSide = z.object({
  /** The worker that took the fault (thread actor in the pool, process actor in the cluster). */
  victim: z.string(),
  /** The process that died: the whole pool process, or the one cluster worker. */
  deadProcess: z.object({ actor: z.string(), pid: z.number() }).merge(exit),
  /** Run time (ms) when the dead process's exit was seen by its supervisor. */
  diedAtMs: z.number(),
  total: z.number(),
  ok: z.number(),
  failed: z.number(),
  /** Of failed: requests already sent when the process died (the fault's own request included). */
  failedInFlight: z.number(),
  /** Of failed: requests sent after the death that found nobody to serve them. */
  failedAfter: z.number(),
  /** Successful responses between the death and the recovery: the service kept answering. */
  okWhileRecovering: z.number(),
  /** Death → first response served by the restarted process or the replacement worker; null if none within the window. */
  recoveryMs: z.number().nullable(),
  /** Who served again: the restarted pool process, or the cluster's replacement worker. */
  replacement: z.object({ actor: z.string(), pid: z.number() }).nullable(),
});
export type BackendFaultSide = z.infer<typeof faultSide>;

/** Outcomes of the fault phase per time bin, for the availability chart. */
const faultBin = z.object({ fromMs: z.number(), poolOk: z.number(), poolFailed: z.number(), clusterOk: z.number(), clusterFailed: z.number() });
export type BackendFaultBin = z.infer<typeof faultBin>;

export const backendResultSchema = z.object({
  cores: z.number(),
  /** CPU job per request: count the primes below this bound. */
  jobPrimesBelow: z.number(),
  concurrency: z.number(),
  pool: z.object({ pid: z.number(), measured }),
  cluster: z.object({ primaryPid: z.number(), measured }),
  fault: z
    .object({
      fault: z.string(),
      windowMs: z.number(),
      binMs: z.number(),
      pool: faultSide,
      cluster: faultSide,
      bins: z.array(faultBin),
    })
    .nullable(),
  microservices: z.object({
    hops: z.number(),
    frontPid: z.number(),
    backPid: z.number(),
    /** One HTTP request from service A to service B and its answer, over loopback TCP (µs). */
    hopUs: summary,
    /** The same work called as a function inside service A (µs). */
    inProcessUs: summary,
  }),
  nodeNotes: z.array(z.string()),
});
export type BackendResult = z.infer<typeof backendResultSchema>;
