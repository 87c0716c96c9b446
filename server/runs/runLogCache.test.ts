/**
 * The log cache on a real temporary data dir: concurrent requests for one run
 * share one read, a later request is served from memory, a read nobody waits
 * for stops, and the frames give back the exact NDJSON log.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeArchivedRun } from '../testing/archivedRunFixture.js';
import { createRunArchive, type RunArchive } from './runArchive.js';
import { createRunLogCache, ndjsonOfFrame } from './runLogCache.js';
import { GoneError } from './workLimiter.js';

/** An archive that counts how often a log is opened. */
function countingArchive(directory: string): { archive: RunArchive; opens: () => number } {
  const inner = createRunArchive(directory, 10);
  let opens = 0;
  return {
    archive: { ...inner, openEvents: (runId) => ((opens += 1), inner.openEvents(runId)) },
    opens: () => opens,
  };
}

describe('run log cache', () => {
  it('reads a log once for concurrent and later requests, and gives back the same NDJSON', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'log-cache-test-'));
    writeArchivedRun(directory, 'ffffff01', 5_001);
    const { archive, opens } = countingArchive(directory);
    const cache = createRunLogCache({ archive, inMemory: () => undefined, chunkSize: 1_000 });
    const logs = await Promise.all(Array.from({ length: 50 }, () => cache.get('ffffff01')));
    expect(new Set(logs).size).toBe(1);
    expect(await cache.get('ffffff01')).toBe(logs[0]);
    expect(opens()).toBe(1);
    const log = logs[0];
    expect(log?.eventCount).toBe(5_001);
    expect(log?.frames).toHaveLength(6);
    const ndjson = (log?.frames ?? []).map((frame) => ndjsonOfFrame(frame, 'ffffff01')).join('');
    expect(ndjson).toBe(readFileSync(join(directory, 'runs', 'ffffff01.ndjson'), 'utf8'));
    expect(await cache.get('nosuchrun1')).toBeUndefined();
  });

  it('stops a read when every client waiting for it has gone, and keeps nothing', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'log-cache-test-'));
    writeArchivedRun(directory, 'ffffff02', 50_000);
    const { archive } = countingArchive(directory);
    const cache = createRunLogCache({ archive, inMemory: () => undefined });
    const clients = [new AbortController(), new AbortController()];
    const waits = clients.map((client) => cache.get('ffffff02', client.signal));
    for (const client of clients) client.abort();
    for (const wait of waits) await expect(wait).rejects.toBeInstanceOf(GoneError);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(cache.stats()).toEqual({ cached: 0, bytes: 0, loading: 0 });
  });
});
