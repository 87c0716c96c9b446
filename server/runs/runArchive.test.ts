/**
 * The archive on a real temporary directory: saved runs are listed again by a
 * fresh archive (as after a server restart), newest first, bounded, and
 * files that are not ours or not valid are skipped, not fatal.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeArchivedRun } from '../testing/archivedRunFixture.js';
import { createRunArchive } from './runArchive.js';
import { appendEvents, createRunRecord, runInfo, setStatus } from './runRecord.js';

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

  it('prunes only what it wrote: the user\'s own files in the data dir stay intact', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'archive-test-'));
    const foreign: Record<string, string> = {
      'notes.json': '{"mine": true}',
      'report.json': '[1, 2, 3]',
      'measurements.ndjson': '{"a":1}\n{"a":2}\n',
      'abcdef12.json': '{"not":"a run"}',
      'abcdef12.ndjson': 'my own log\n',
    };
    for (const [name, text] of Object.entries(foreign)) writeFileSync(join(directory, name), text);
    const archive = createRunArchive(directory, 2);
    for (let index = 1; index <= 5; index += 1) await archive.save(finishedRun(`cccccc0${index}`, index * 1000));
    for (const [name, text] of Object.entries(foreign)) expect(readFileSync(join(directory, name), 'utf8'), name).toBe(text);
    expect((await archive.listInfos(10)).map((run) => run.id)).toEqual(['cccccc05', 'cccccc04']);
  });

  it('still reads runs an older version wrote at the top of the data dir, and never deletes them', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'archive-test-'));
    writeArchivedRun(directory, 'legacy0001', 3, 'legacy-root');
    const archive = createRunArchive(directory, 1);
    for (let index = 1; index <= 3; index += 1) await archive.save(finishedRun(`dddddd0${index}`, Date.now() + index));
    expect((await archive.listInfos(10)).map((run) => run.id)).toEqual(['dddddd03', 'legacy0001']);
    expect(await archive.readInfo('legacy0001')).toMatchObject({ status: 'finished', eventCount: 3 });
    expect(existsSync(join(directory, 'legacy0001.ndjson'))).toBe(true);
  });

  it('records a run when it is created, and a later archive marks it failed: it was in flight when the server stopped', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'archive-test-'));
    const before = createRunArchive(directory, 10);
    const queued = createRunRecord('eeeeee01', 'memory', { processes: 1, threads: 1, increments: 1 });
    const running = createRunRecord('eeeeee02', 'memory', { processes: 1, threads: 1, increments: 1 });
    await before.recordCreated(runInfo(queued));
    await before.recordCreated({ ...runInfo(running), status: 'running' });
    // The server is killed here: nothing else is written.

    const after = createRunArchive(directory, 10);
    expect((await after.recovered()).sort()).toEqual(['eeeeee01', 'eeeeee02']);
    for (const id of ['eeeeee01', 'eeeeee02']) {
      expect(await after.readInfo(id)).toMatchObject({ id, status: 'failed', error: 'the server stopped while this run was in flight', eventCount: 1 });
    }
    expect((await after.listInfos(10)).map((run) => run.id).sort()).toEqual(['eeeeee01', 'eeeeee02']);
    const stream = await after.openEvents('eeeeee01');
    const text = await new Promise<string>((resolve) => {
      let all = '';
      stream?.on('data', (chunk) => (all += chunk.toString()));
      stream?.on('end', () => resolve(all));
    });
    expect(JSON.parse(text)).toMatchObject({ kind: 'run.failed', seq: 0, run: 'eeeeee01' });
    // Recovery happens once: a third opening finds nothing in flight.
    expect(await createRunArchive(directory, 10).recovered()).toEqual([]);
  });
});
