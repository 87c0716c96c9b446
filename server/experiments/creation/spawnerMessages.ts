/**
 * What the lab host and the thread-starting process (threadSpawner.ts) say
 * to each other over IPC. The host validates every report: it crossed a
 * process boundary.
 */
import { z } from 'zod';

export type SpawnerCommand = { type: 'round'; units: number; story: boolean } | { type: 'end' };

export const spawnerReportSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('spawner-ready') }),
  z.object({
    type: z.literal('round-done'),
    readyUs: z.array(z.number()),
    exitUs: z.array(z.number()),
    privateKbPerUnit: z.number(),
    rssKbPerUnit: z.number(),
    pssKbPerUnit: z.number(),
  }),
  z.object({ type: z.literal('round-failed'), error: z.string() }),
]);
export type SpawnerReport = z.infer<typeof spawnerReportSchema>;
export type RoundReport = Extract<SpawnerReport, { type: 'round-done' }>;
