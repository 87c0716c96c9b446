/**
 * For tests only: when LAB_RECEIPT_AUDIT_DIR is set, the lab host writes every
 * event as it received it (with the t its producer measured), before any
 * ordering, to <dir>/<runId>.ndjson when the run ends. The order test compares
 * the published log with it to prove that no `t` was changed on the way.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TimedEventBody } from '../../shared/protocol.js';

export const RECEIPT_AUDIT_ENV = 'LAB_RECEIPT_AUDIT_DIR';

export type ReceiptAudit = { record(event: TimedEventBody): void; save(): void };

export function createReceiptAudit(runId: string): ReceiptAudit | undefined {
  const directory = process.env[RECEIPT_AUDIT_ENV];
  if (!directory || !/^[a-z0-9]{1,64}$/i.test(runId)) return undefined;
  const received: string[] = [];
  return {
    record: (event) => void received.push(JSON.stringify(event)),
    save() {
      try {
        writeFileSync(join(directory, `${runId}.ndjson`), received.join('\n') + '\n');
      } catch {
        // An audit that cannot be written is the test's problem, never the run's.
      }
    },
  };
}
