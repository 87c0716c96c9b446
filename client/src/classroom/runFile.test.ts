import { describe, expect, it } from 'vitest';
import { recordedMemoryRun } from '../scene/fixtures/memoryRun.js';
import { guessExperiment, parseRunFile, runInfoFromFile, toNdjson } from './runFile.js';

const ndjson = toNdjson(recordedMemoryRun);
const lines = ndjson.trimEnd().split('\n');
const runId = recordedMemoryRun[0]?.run ?? '';

describe('parseRunFile', () => {
  it('reads back what the lab wrote, with its status and result', () => {
    const outcome = parseRunFile(ndjson);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.run.runId).toBe(runId);
    expect(outcome.run.events).toEqual(recordedMemoryRun);
    expect(outcome.run.status).toBe('finished');
    expect(outcome.run.result).toMatchObject({ parentX: 0, sharedX: 15 });
  });

  it('accepts Windows line ends and blank lines', () => {
    const outcome = parseRunFile(`\n${lines.join('\r\n')}\r\n\r\n`);
    expect(outcome.ok && outcome.run.events.length).toBe(recordedMemoryRun.length);
  });

  it('treats a log cut before the end as a stopped run', () => {
    const outcome = parseRunFile(lines.slice(0, 10).join('\n'));
    expect(outcome.ok && outcome.run.status).toBe('stopped');
    expect(outcome.ok && outcome.run.result).toBeUndefined();
  });

  it('names the first bad line and what is wrong with it', () => {
    expect(parseRunFile('')).toEqual({ ok: false, error: { kind: 'empty' } });
    expect(parseRunFile(' \n\n')).toEqual({ ok: false, error: { kind: 'empty' } });
    expect(parseRunFile([lines[0], '{"oops"'].join('\n'))).toEqual({ ok: false, error: { kind: 'notJson', line: 2 } });
    const notEvent = parseRunFile([lines[0], '{"run":"x","seq":1,"t":5,"kind":"teleport"}'].join('\n'));
    expect(notEvent).toMatchObject({ ok: false, error: { kind: 'notEvent', line: 2 } });
    expect(parseRunFile([lines[0], lines[2]].join('\n'))).toEqual({ ok: false, error: { kind: 'outOfOrder', line: 2, seq: 2, expected: 1 } });
    const other = JSON.stringify({ ...recordedMemoryRun[1], run: 'someoneelse' });
    expect(parseRunFile([lines[0], other].join('\n'))).toEqual({ ok: false, error: { kind: 'otherRun', line: 2, run: 'someoneelse', first: runId } });
    const extra = JSON.stringify({ run: runId, seq: recordedMemoryRun.length, t: 1e9, kind: 'phase', name: 'late' });
    expect(parseRunFile(`${ndjson}${extra}\n`)).toEqual({ ok: false, error: { kind: 'afterEnd', line: lines.length + 1 } });
    expect(parseRunFile('[1,2,3]')).toMatchObject({ ok: false, error: { kind: 'notEvent', line: 1 } });
  });
});

describe('guessExperiment', () => {
  const outcome = parseRunFile(ndjson);
  const run = outcome.ok ? outcome.run : { result: undefined };
  it('trusts the downloaded file name first', () => {
    expect(guessExperiment({ result: undefined }, 'crash-abc123.ndjson')).toBe('crash');
    expect(guessExperiment({ result: undefined }, 'Race_abc.ndjson')).toBe('race');
  });
  it('else recognises the result’s shape', () => {
    expect(guessExperiment(run, 'events.ndjson')).toBe('memory');
  });
  it('gives up rather than guessing wrong', () => {
    expect(guessExperiment({ result: undefined }, 'events.ndjson')).toBeUndefined();
    expect(guessExperiment({ result: { something: 1 } }, 'nope-1.ndjson')).toBeUndefined();
  });
});

describe('runInfoFromFile', () => {
  it('describes the file’s run for the store', () => {
    const outcome = parseRunFile(ndjson);
    if (!outcome.ok) throw new Error('fixture must parse');
    expect(runInfoFromFile(outcome.run, 'memory', 42)).toMatchObject({
      id: runId,
      experiment: 'memory',
      status: 'finished',
      eventCount: recordedMemoryRun.length,
      createdAt: 42,
      params: {},
    });
  });
});
