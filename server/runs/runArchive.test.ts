/**
 * The archive on a real temporary directory: saved runs are listed again by a
 * fresh archive (as after a server restart), newest first, bounded, and
 * files that are not ours or not valid are skipped, not fatal.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRunArchive } from './runArchive.js';
import { appendEvents, createRunRecord, setStatus } from './runRecord.js';

function finishedRun(id: string, createdAt: number) {
  const run = createRunRecord(id, 'memory', { processes: 1, threads: 1, increments: 1 });
  run.createdAt = createdAt;
  appendEvents(run, [{ run: id, seq: 0, t: 0, kind: 'run.finished', result: { parentX: 0 } }]);
  setStatus(run, 'finished', { result: { parentX: 0 } });
  return run;
}

describe('run archive', () => {
  it('lists saved runs again from disk, newest first, at most the limit asked', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'archive-test-'));
    const writer = createRunArchive(directory, 10);
    await writer.save(finishedRun('aaaaaa01', 1000));
    await writer.save(finishedRun('aaaaaa03', 3000));
    await writer.save(finishedRun('aaaaaa02', 2000));
    writeFileSync(join(directory, 'broken01.json'), '{not json');
    writeFileSync(join(directory, 'NOT-OURS.json'), '{}');

    const reader = createRunArchive(directory, 10);
    const listed = await reader.listInfos(10);
    expect(listed.map((run) => run.id)).toEqual(['aaaaaa03', 'aaaaaa02', 'aaaaaa01']);
    expect(listed[0]).toMatchObject({ experiment: 'memory', status: 'finished', result: { parentX: 0 } });
    expect((await reader.listInfos(2)).map((run) => run.id)).toEqual(['aaaaaa03', 'aaaaaa02']);
  });

  it('keeps only the newest runs it was told to keep', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'archive-test-'));
    const archive = createRunArchive(directory, 2);
    for (let index = 1; index <= 4; index += 1) {
      await archive.save(finishedRun(`bbbbbb0${index}`, index * 1000));
      await new Promise((resolve) => setTimeout(resolve, 15)); // distinct file times
    }
    expect((await archive.listInfos(10)).map((run) => run.id)).toEqual(['bbbbbb04', 'bbbbbb03']);
  });
});
