/**
 * The creation result turned into chart data: every time sample as a dot on
 * its row (ready/exit × thread/process) with its median, and the memory bars.
 * Pure, so what the charts show is tested.
 */
import type { CreationResult } from '../../../../shared/results/creation.js';
import { median } from '../../../../shared/stats.js';

export type StripRow = 'threadReady' | 'processReady' | 'threadExit' | 'processExit';
export const stripRows: readonly StripRow[] = ['threadReady', 'processReady', 'threadExit', 'processExit'];

export type StripPoint = { row: StripRow; kind: 'thread' | 'process'; ms: number; /** Row index plus a small spread, so equal values stay visible. */ y: number };
export type StripMedian = { row: StripRow; y: number; ms: number };

/** A fixed spread in -0.28..0.28 for the i-th sample (golden-ratio steps: no randomness, no stacking). */
export function spread(index: number): number {
  return (((index * 0.618_034) % 1) - 0.5) * 0.56;
}

export function timeStrips(result: CreationResult): { points: StripPoint[]; medians: StripMedian[] } {
  const samples: Record<StripRow, readonly number[]> = {
    threadReady: result.threads.readyUs,
    processReady: result.processes.readyUs,
    threadExit: result.threads.exitUs,
    processExit: result.processes.exitUs,
  };
  const points: StripPoint[] = [];
  const medians: StripMedian[] = [];
  stripRows.forEach((row, rowIndex) => {
    const kind = row.startsWith('thread') ? 'thread' : 'process';
    const values = samples[row].filter((value) => Number.isFinite(value) && value > 0);
    values.forEach((value, index) => points.push({ row, kind, ms: value / 1000, y: rowIndex + spread(index) }));
    if (values.length > 0) medians.push({ row, y: rowIndex, ms: median(values) / 1000 });
  });
  return { points, medians };
}

export type MemoryBarKind = 'processPrivate' | 'processPss' | 'processRss' | 'threadPrivate';
export type MemoryBar = { kind: MemoryBarKind; mb: number };

/** Per-unit memory in MiB (medians over the measured rounds). A thread's growth below zero shows as 0. */
export function memoryBars(result: CreationResult): MemoryBar[] {
  const mb = (samples: readonly number[]) => {
    const value = median(samples.filter((sample) => Number.isFinite(sample)));
    return Number.isFinite(value) ? Math.max(0, value) / 1024 : 0;
  };
  // Newer runs report the medians themselves; older recorded runs only have the per-round samples.
  if (result.memory) {
    const { processPrivateKb, processPssKb, processRssKb, workerPrivateKbPerUnit } = result.memory;
    return [
      { kind: 'processPrivate', mb: Math.max(0, processPrivateKb) / 1024 },
      { kind: 'processPss', mb: Math.max(0, processPssKb) / 1024 },
      { kind: 'processRss', mb: Math.max(0, processRssKb) / 1024 },
      { kind: 'threadPrivate', mb: Math.max(0, workerPrivateKbPerUnit) / 1024 },
    ];
  }
  return [
    { kind: 'processPrivate', mb: mb(result.processes.privateKb) },
    { kind: 'processPss', mb: mb(result.processes.pssKb) },
    { kind: 'processRss', mb: mb(result.processes.rssKb) },
    { kind: 'threadPrivate', mb: mb(result.threads.privateKb) },
  ];
}
