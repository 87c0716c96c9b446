/**
 * Benchmark rows that need more than the server: lesson fidelity against bare
 * reference loops, and the client's own figures. Filled in as those land.
 */
import type { LabServer } from '../testing/labServer.js';

export type BenchRow = { metric: string; value: string; goal: string; ok: boolean | undefined };

export async function extraRows(_server: LabServer): Promise<BenchRow[]> {
  return [];
}
