/**
 * What the memory lesson's native engine (the C program) measures on top of
 * the Node result's figures: the virtual address of x as each process and
 * thread printed it (&x), and each child's minor page faults around its first
 * write to x (the copy-on-write copy of one page).
 */
import { z } from 'zod';
import { memoryResultSchema } from '../experiments.js';

const address = z.string().regex(/^0x[0-9a-f]+$/);

export const nativeMemoryDetailsSchema = z.object({
  parentAddress: address,
  children: z.array(
    z.object({
      actor: z.string(),
      pid: z.number(),
      address,
      /** /proc/self/stat minflt just before and just after the child's first write to x, and after its last. */
      minfltBeforeWrite: z.number(),
      minfltAfterWrite: z.number(),
      minfltAtEnd: z.number(),
    }),
  ),
  threadedAddress: address,
  threads: z.array(z.object({ actor: z.string(), tid: z.number(), address, x: z.number() })),
  /** Output lines of the program that were not valid protocol, dropped (0 in a healthy run). */
  malformedLines: z.number(),
});
export type NativeMemoryDetails = z.infer<typeof nativeMemoryDetailsSchema>;

/** A memory result from engine "native": the Node shape (so every view of it still works) plus the details. */
export const nativeMemoryResultSchema = memoryResultSchema.extend({
  engine: z.literal('native'),
  native: nativeMemoryDetailsSchema,
});
export type NativeMemoryResult = z.infer<typeof nativeMemoryResultSchema>;
