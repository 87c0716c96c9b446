/**
 * Writes a large, valid, finished run into a data directory before a server
 * starts, as an earlier server would have left it: the cheapest way to have
 * a "big run on disk" without spending minutes running one.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LabEvent, RunInfo } from '../../shared/protocol.js';

export type ArchivedRunLayout =
  /** The layout every version reads: `<dataDir>/runs/<id>.json` (current). */
  | 'runs-folder'
  /** What versions before issue 12 wrote: `<dataDir>/<id>.json`. */
  | 'legacy-root';

/** The NDJSON log of a finished memory run with `eventCount` events (at least 1). */
export function bigRunLog(runId: string, eventCount: number): string {
  const lines: string[] = [];
  for (let seq = 0; seq < eventCount - 1; seq += 1) {
    const event: LabEvent = { run: runId, seq, t: seq * 1000, kind: 'memory.write', actor: 'thread-1', space: 4242, cell: 'x', value: seq };
    lines.push(JSON.stringify(event));
  }
  const last: LabEvent = { run: runId, seq: eventCount - 1, t: eventCount * 1000, kind: 'run.finished', result: { parentX: 0 } };
  lines.push(JSON.stringify(last));
  return `${lines.join('\n')}\n`;
}

/** Writes the run's summary and log; returns the summary written. */
export function writeArchivedRun(dataDir: string, runId: string, eventCount: number, layout: ArchivedRunLayout = 'runs-folder'): RunInfo {
  const folder = layout === 'runs-folder' ? join(dataDir, 'runs') : dataDir;
  mkdirSync(folder, { recursive: true });
  const info: RunInfo = {
    id: runId,
    experiment: 'memory',
    params: { processes: 1, threads: 1, increments: eventCount },
    status: 'finished',
    result: { parentX: 0 },
    createdAt: Date.now() - 60_000,
    eventCount,
  };
  writeFileSync(join(folder, `${runId}.ndjson`), bigRunLog(runId, eventCount));
  writeFileSync(join(folder, `${runId}.json`), JSON.stringify(info));
  return info;
}
