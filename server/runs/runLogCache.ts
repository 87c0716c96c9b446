/**
 * The logs of ended runs, read once and shared by every request for them.
 *
 * Before issue 12 each WebSocket subscribe to a run on disk read and
 * validated its whole log again: a few hundred small messages from a
 * classroom connection took the server to gigabytes. Here a log is read
 * (streamed, validated line by line, so the event loop keeps answering) at
 * most once while anyone waits for it; concurrent requests for the same run
 * share that one read; the result is kept in a small LRU bounded by bytes;
 * reads of different runs go through a WorkLimiter (few at once, a bounded
 * queue, then "busy"); and a read nobody waits for any more (every client
 * left) stops.
 *
 * A log is kept as ready-to-send WebSocket `events` frames of at most
 * `chunkSize` events, the events of a frame separated by ",\n". JSON.stringify
 * never writes a raw newline, so ",\n" occurs only between events, and the
 * same bytes give the NDJSON download (see ndjsonOfFrame): one copy serves both.
 */
import { isEndedStatus, labEventSchema, type LabEvent, type RunInfo } from '../../shared/protocol.js';
import type { RunArchive } from './runArchive.js';
import { runInfo, type RunRecord } from './runRecord.js';
import { createWorkLimiter, GoneError } from './workLimiter.js';

export type CachedLog = {
  info: RunInfo;
  eventCount: number;
  /** WebSocket `events` messages, encoded, in order. */
  frames: readonly Buffer[];
  bytes: number;
};

export type RunLogCacheOptions = {
  archive: RunArchive;
  /** An ended run the server still holds in memory, if it does. */
  inMemory(runId: string): { info: RunInfo; events: readonly LabEvent[] } | undefined;
  /** Events per frame. Default 2,000 (the hub's maxEventsPerMessage). */
  chunkSize?: number;
  /** Bytes of frames kept after their requests are answered. Default 96 MiB. */
  maxCachedBytes?: number;
  /** Logs read at once. Default 2. */
  concurrentLoads?: number;
  /** Reads of other runs that may wait; past it a request is refused as busy. Default 16. */
  maxWaitingLoads?: number;
};

export type RunLogCache = {
  /**
   * The log of an ended run, or undefined if there is no such ended run (or
   * its log is damaged). Rejects with BusyError when too many other logs are
   * being read, GoneError when `signal` aborts first.
   */
  get(runId: string, signal?: AbortSignal): Promise<CachedLog | undefined>;
  /** Cached logs and their bytes (for tests and diagnostics). */
  stats(): { cached: number; bytes: number; loading: number };
};

const framePrefix = (runId: string) => `{"type":"events","run":${JSON.stringify(runId)},"events":[`;
const FRAME_SUFFIX = ']}';

/** The NDJSON lines of one frame (see the file comment): the same events, one a line. */
export function ndjsonOfFrame(frame: Buffer, runId: string): string {
  const inner = frame.toString('utf8', Buffer.byteLength(framePrefix(runId)), frame.length - FRAME_SUFFIX.length);
  return inner.length === 0 ? '' : `${inner.replaceAll(',\n', '\n')}\n`;
}

/** Builds frames from events as they come, one frame per `chunkSize`. */
function frameBuilder(runId: string, chunkSize: number) {
  const frames: Buffer[] = [];
  let pending: string[] = [];
  let bytes = 0;
  const flush = (): void => {
    if (pending.length === 0) return;
    const frame = Buffer.from(`${framePrefix(runId)}${pending.join(',\n')}${FRAME_SUFFIX}`);
    frames.push(frame);
    bytes += frame.length;
    pending = [];
  };
  return {
    add(event: LabEvent): void {
      pending.push(JSON.stringify(event));
      if (pending.length >= chunkSize) flush();
    },
    finish(): { frames: Buffer[]; bytes: number } {
      flush();
      return { frames, bytes };
    },
  };
}

type Loading = { promise: Promise<CachedLog | undefined>; waiters: number; abort: AbortController };

export function createRunLogCache(options: RunLogCacheOptions): RunLogCache {
  const chunkSize = options.chunkSize ?? 2_000;
  const maxCachedBytes = options.maxCachedBytes ?? 96 * 1024 * 1024;
  const limiter = createWorkLimiter({
    concurrency: options.concurrentLoads ?? 2,
    maxWaiting: options.maxWaitingLoads ?? 16,
    busyMessage: 'the lab is busy reading other runs; try again in a few seconds',
  });
  /** Map order is recency order: the first entry is the least recently used. */
  const cache = new Map<string, CachedLog>();
  let cachedBytes = 0;
  const loading = new Map<string, Loading>();

  function remember(log: CachedLog): void {
    // A log bigger than the whole cache is served to who waited for it, not kept.
    if (log.bytes > maxCachedBytes) return;
    cache.set(log.info.id, log);
    cachedBytes += log.bytes;
    for (const [id, old] of cache) {
      if (cachedBytes <= maxCachedBytes) break;
      cache.delete(id);
      cachedBytes -= old.bytes;
    }
  }

  async function fromMemory(info: RunInfo, events: readonly LabEvent[], signal: AbortSignal): Promise<CachedLog> {
    const builder = frameBuilder(info.id, chunkSize);
    for (let index = 0; index < events.length; index += 1) {
      builder.add(events[index] as LabEvent);
      // Serializing a big log in one go would stall every other client.
      if (index % chunkSize === chunkSize - 1) {
        await new Promise((resolve) => setImmediate(resolve));
        if (signal.aborted) throw new GoneError('nobody waits for this log any more');
      }
    }
    return { info, eventCount: events.length, ...builder.finish() };
  }

  async function fromDisk(runId: string, signal: AbortSignal): Promise<CachedLog | undefined> {
    const info = await options.archive.readInfo(runId);
    if (!info || !isEndedStatus(info.status)) return undefined;
    const stream = await options.archive.openEvents(runId);
    if (!stream) return undefined;
    const builder = frameBuilder(runId, chunkSize);
    let count = 0;
    let rest = '';
    const take = (line: string): boolean => {
      if (line.length === 0) return true;
      // The file is ours, but a disk is a boundary too: parse, don't trust.
      const parsed = labEventSchema.safeParse(JSON.parse(line));
      if (!parsed.success || parsed.data.seq !== count || parsed.data.run !== runId) return false;
      builder.add(parsed.data as LabEvent);
      count += 1;
      return true;
    };
    try {
      stream.setEncoding('utf8');
      for await (const chunk of stream as AsyncIterable<string>) {
        if (signal.aborted) throw new GoneError('nobody waits for this log any more');
        const lines = (rest + chunk).split('\n');
        rest = lines.pop() ?? '';
        for (const line of lines) if (!take(line)) return undefined;
      }
      if (!take(rest)) return undefined;
    } catch (error) {
      if (error instanceof GoneError) throw error;
      return undefined; // unreadable or not JSON: treated as no log
    } finally {
      stream.destroy();
    }
    return { info, eventCount: count, ...builder.finish() };
  }

  function load(runId: string): Loading {
    const abort = new AbortController();
    const entry: Loading = { waiters: 0, abort, promise: Promise.resolve(undefined) };
    entry.promise = limiter
      .run(async () => {
        const held = options.inMemory(runId);
        const log = held ? await fromMemory(held.info, held.events, abort.signal) : await fromDisk(runId, abort.signal);
        if (log) remember(log);
        return log;
      }, abort.signal)
      .finally(() => {
        if (loading.get(runId) === entry) loading.delete(runId);
      });
    entry.promise.catch(() => undefined); // every waiter gets the outcome through its own promise
    loading.set(runId, entry);
    return entry;
  }

  return {
    get(runId, signal) {
      const cached = cache.get(runId);
      if (cached) {
        cache.delete(runId);
        cache.set(runId, cached);
        return Promise.resolve(cached);
      }
      if (signal?.aborted) return Promise.reject(new GoneError('the client went away'));
      const entry = loading.get(runId) ?? load(runId);
      entry.waiters += 1;
      return new Promise<CachedLog | undefined>((resolve, reject) => {
        let settled = false;
        const leave = (): void => {
          entry.waiters -= 1;
          // The last one to leave takes the read with it: no work for nobody.
          // A later request starts a fresh read rather than joining a cancelled one.
          if (entry.waiters > 0) return;
          entry.abort.abort();
          if (loading.get(runId) === entry) loading.delete(runId);
        };
        const onAbort = (): void => {
          if (settled) return;
          settled = true;
          leave();
          reject(new GoneError('the client went away'));
        };
        signal?.addEventListener('abort', onAbort, { once: true });
        entry.promise.then(
          (log) => {
            if (settled) return;
            settled = true;
            signal?.removeEventListener('abort', onAbort);
            entry.waiters -= 1;
            resolve(log);
          },
          (error: unknown) => {
            if (settled) return;
            settled = true;
            signal?.removeEventListener('abort', onAbort);
            entry.waiters -= 1;
            reject(error);
          },
        );
      });
    },
    stats: () => ({ cached: cache.size, bytes: cachedBytes, loading: loading.size }),
  };
}

const shared = new WeakMap<RunArchive, RunLogCache>();

/**
 * The one cache of a server, found from its archive, so that HTTP downloads
 * and WebSocket replays share reads without another parameter threaded
 * through the app and the hub.
 */
export function sharedRunLogCache(archive: RunArchive, runs: { get(runId: string): RunRecord | undefined }): RunLogCache {
  let cache = shared.get(archive);
  if (!cache) {
    cache = createRunLogCache({
      archive,
      inMemory: (runId) => {
        const run = runs.get(runId);
        return run && isEndedStatus(run.status) ? { info: runInfo(run), events: run.events } : undefined;
      },
    });
    shared.set(archive, cache);
  }
  return cache;
}
