/**
 * Chart rows from a backend result: each row is a figure the run measured,
 * already in the unit its chart shows. Pure, so a chart's numbers are tested.
 */
import type { BackendResult } from '../../../../shared/results/backend.js';

export type ArchitectureRow = { architecture: 'pool' | 'cluster'; median: number; p99: number; throughput: number };
export type FaultRow = { architecture: 'pool' | 'cluster'; inFlight: number; after: number; recoveryMs: number | null };
export type TimelineRow = { fromMs: number; poolOk: number; poolFailed: number; clusterOk: number; clusterFailed: number };

export function architectureRows(result: BackendResult): ArchitectureRow[] {
  return (['pool', 'cluster'] as const).map((architecture) => {
    const measured = result[architecture].measured;
    return { architecture, median: measured.latencyMs.median, p99: measured.latencyMs.p99, throughput: measured.throughputPerSec };
  });
}

export function faultRows(result: BackendResult): FaultRow[] {
  const fault = result.fault;
  if (!fault) return [];
  return (['pool', 'cluster'] as const).map((architecture) => ({
    architecture,
    inFlight: fault[architecture].failedInFlight,
    after: fault[architecture].failedAfter,
    recoveryMs: fault[architecture].recoveryMs,
  }));
}

export function timelineRows(result: BackendResult): TimelineRow[] {
  return result.fault?.bins.map((bin) => ({ ...bin })) ?? [];
}

/** How many times the in-process call the network hop cost (medians); undefined when either is missing. */
export function hopRatio(result: BackendResult): number | undefined {
  const { hopUs, inProcessUs } = result.microservices;
  if (hopUs.count === 0 || inProcessUs.count === 0 || inProcessUs.median <= 0) return undefined;
  return hopUs.median / inProcessUs.median;
}
