/**
 * After each soak run: its published log must tell a causal history, and,
 * when the lab hosts write their receipt audit (LAB_RECEIPT_AUDIT_DIR), every
 * t must be the one its producer measured. The audit file is removed once read.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { LabEvent, TimedEventBody } from '../../shared/protocol.js';
import { checkLogOrder, checkTimesUnaltered, memoryLessonCells } from '../testing/orderCheck.js';

export function parseNdjson<T>(text: string): T[] {
  return text
    .split('\n')
    .filter((line) => line.length > 0)
    .map((line) => JSON.parse(line) as T);
}

/** Problems with one run's log (empty if none). */
export function auditRun(experiment: string, runId: string, ndjson: string, auditDir: string | undefined): string[] {
  const events = parseNdjson<LabEvent>(ndjson);
  const problems = checkLogOrder(events, experiment === 'memory' ? memoryLessonCells : undefined);
  if (auditDir) {
    const file = join(auditDir, `${runId}.ndjson`);
    try {
      problems.push(...checkTimesUnaltered(events, parseNdjson<TimedEventBody>(readFileSync(file, 'utf8'))));
    } catch {
      problems.push('no receipt audit was written for this run');
    }
    rmSync(file, { force: true });
  }
  return problems;
}
