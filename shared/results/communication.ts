/**
 * What the communication lesson measures for each channel: round-trip
 * latency (every sample kept, downsampled for charts), and one-way
 * throughput, between two threads of one process or two processes.
 */
import { z } from 'zod';

export const channelKinds = {
  postMessage: { between: 'threads', copies: 'structured-clone' },
  'sab-wait': { between: 'threads', copies: 'none' },
  'sab-spin': { between: 'threads', copies: 'none' },
  'ipc-json': { between: 'processes', copies: 'serialize-kernel' },
  'ipc-advanced': { between: 'processes', copies: 'serialize-kernel' },
  pipe: { between: 'processes', copies: 'kernel' },
  'unix-socket': { between: 'processes', copies: 'kernel' },
  tcp: { between: 'processes', copies: 'kernel' },
} as const;

export const channelResultSchema = z.object({
  channel: z.string(),
  between: z.enum(['threads', 'processes']),
  copies: z.enum(['structured-clone', 'none', 'serialize-kernel', 'kernel']),
  roundTrips: z.number(),
  latencyMedianUs: z.number(),
  latencyP99Us: z.number(),
  /** At most 200 round-trip samples, evenly spaced over the run, µs. */
  latencySamplesUs: z.array(z.number()),
  throughputMBps: z.number(),
  messagesPerSecond: z.number(),
  cutForTime: z.boolean(),
});

/**
 * The same round trip between two processes in C (server/native/
 * communication.c), in the same run: over a pipe, and through MAP_SHARED
 * memory with a futex to wake the other side; or why it could not run.
 */
export const nativeCommunicationSchema = z.union([
  z.object({
    available: z.literal(true),
    channels: z.array(
      z.object({
        channel: z.enum(['pipe', 'shm-futex']),
        roundTrips: z.number(),
        latencyMedianUs: z.number(),
        latencyP99Us: z.number(),
        cutForTime: z.boolean(),
      }),
    ),
  }),
  z.object({ available: z.literal(false), reason: z.string() }),
]);
export type NativeCommunication = z.infer<typeof nativeCommunicationSchema>;

export const communicationResultSchema = z.object({
  messageBytes: z.number(),
  channels: z.array(channelResultSchema),
  verdict: z.object({
    fastestThreadChannel: z.string().nullable(),
    fastestProcessChannel: z.string().nullable(),
    /** Median round trip of the fastest process channel ÷ that of postMessage (null if either was not run). */
    processOverThreadRatio: z.number().nullable(),
    /** postMessage median ÷ sab-wait median (null if either was not run). */
    sharedMemorySpeedup: z.number().nullable(),
  }),
  cores: z.number(),
  nodeNotes: z.array(z.string()),
  /** The native engine's round trips beside Node's. Optional: older runs have none. */
  native: nativeCommunicationSchema.optional(),
});
export type ChannelResult = z.infer<typeof channelResultSchema>;
export type CommunicationResult = z.infer<typeof communicationResultSchema>;
