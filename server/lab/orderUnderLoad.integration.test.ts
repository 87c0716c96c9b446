/**
 * Causal order under CPU load: with every core kept busy by other processes
 * (a projector laptop, other runs), every lesson's log must still tell a
 * history that could have happened, and every `t` must be the one its
 * producer measured (the host's receipt audit proves it).
 *
 * The soak repeats this over hundreds of runs; here each lesson runs a few
 * times, sized to take seconds.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LabEvent, TimedEventBody } from '../../shared/protocol.js';
import { RECEIPT_AUDIT_ENV } from './receiptAudit.js';
import { runOverWebSocket, startLabServer, type LabServer } from '../testing/labServer.js';
import { checkLogOrder, checkTimesUnaltered, memoryLessonCells } from '../testing/orderCheck.js';
import { nativeEngineBuilt } from '../testing/nativeEngine.js';
import { membersOfGroup } from '../testing/procWatch.js';

const auditDir = mkdtempSync(join(tmpdir(), 'lab-audit-'));
let server: LabServer;
const burners: ChildProcess[] = [];

beforeAll(async () => {
  process.env[RECEIPT_AUDIT_ENV] = auditDir;
  server = await startLabServer(['--max-running', '2']);
  // Two busy loops per core, in processes of their own: the lab competes for every CPU.
  for (let i = 0; i < 2 * availableParallelism(); i++) {
    burners.push(spawn(process.execPath, ['-e', 'const end = Date.now() + 170000; while (Date.now() < end) {}'], { stdio: 'ignore' }));
  }
});

afterAll(async () => {
  for (const burner of burners) burner.kill('SIGKILL');
  delete process.env[RECEIPT_AUDIT_ENV];
  await server.stop();
});

function audited(runId: string): TimedEventBody[] {
  return readFileSync(join(auditDir, `${runId}.ndjson`), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as TimedEventBody);
}

function expectCausal(events: LabEvent[], runId: string, cells = memoryLessonCells): void {
  expect(checkLogOrder(events, cells), `run ${runId}`).toEqual([]);
  expect(checkTimesUnaltered(events, audited(runId)), `run ${runId}`).toEqual([]);
}

const native = nativeEngineBuilt();

const cases: [string, Record<string, unknown>][] = [
  ['memory', { processes: 4, threads: 8, increments: 400 }],
  ['memory', { processes: 4, threads: 8, increments: 400 }],
  ['memory', { processes: 4, threads: 8, increments: 400 }],
  ...(native ? ([['memory', { processes: 4, threads: 8, increments: 100, engine: 'native' }]] as [string, Record<string, unknown>][]) : []),
  ['creation', { units: 4, repeats: 1 }],
  ['communication', { roundTrips: 50 }],
  ['crash', {}],
  ...(native ? ([['crash', { engine: 'native' }]] as [string, Record<string, unknown>][]) : []),
  ['race', { threads: 4, increments: 100_000, repeats: 1 }],
  ['parallelism', { maxWorkers: 2, primesBelow: 300_000 }],
  ['backend', { workers: 2, requests: 60, concurrency: 4 }],
];

describe('event order with every core busy', () => {
  it.each(cases)('%s %j: the log is causal and no t was altered', async (experiment, params) => {
    const { info, events } = await runOverWebSocket(server, experiment, params, undefined, 90_000);
    expectCausal(events, info.id);
    const host = events.find((event) => event.kind === 'actor.started' && event.actor === 'host');
    if (host?.kind === 'actor.started') expect(membersOfGroup(host.pid)).toEqual([]);
  }, 100_000);
});
