/**
 * The messages the memory lesson's processes exchange with the lab host,
 * parsed on arrival like every other boundary.
 */
import { z } from 'zod';

export const childReadySchema = z.object({ type: z.literal('ready') });
export const initSchema = z.object({ type: z.literal('init'), x: z.number(), msg: z.string() });
export const childFinalSchema = z.object({ type: z.literal('final'), x: z.number(), msg: z.string() });
export const threadedFinalSchema = z.object({
  type: z.literal('final'),
  x: z.number(),
  threads: z.array(z.object({ actor: z.string(), tid: z.number() })),
});
export const exitSchema = z.object({ type: z.literal('exit') });
export const threadDoneSchema = z.object({ type: z.literal('done'), tid: z.number() });

/** Size of a message as child-process IPC carries it in "json" mode: JSON plus a newline. */
export function ipcBytes(message: unknown): number {
  return Buffer.byteLength(JSON.stringify(message)) + 1;
}

/** Layout of the threads' SharedArrayBuffer (Int32 slots). */
export const SHARED = { x: 0, ready: 1, go: 2, done: 3, release: 4, slots: 5 } as const;
