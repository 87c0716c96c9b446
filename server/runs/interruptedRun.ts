/**
 * Closes the record of a run that an earlier server left queued or running
 * (it was killed, or the machine stopped): whatever events were recorded are
 * kept, and the log ends, as every log must, with exactly one terminal event.
 * Runs once per such run when an archive opens, so reading its log whole is fine.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { isTerminalEvent, labEventSchema, type LabEvent, type RunInfo } from '../../shared/protocol.js';

/** The valid, gapless start of a log's text: a damaged tail is dropped, not trusted. */
export function validPrefix(text: string, runId: string): LabEvent[] {
  const events: LabEvent[] = [];
  for (const line of text.split('\n')) {
    if (line.length === 0) continue;
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch {
      break;
    }
    const parsed = labEventSchema.safeParse(raw);
    if (!parsed.success || parsed.data.seq !== events.length || parsed.data.run !== runId) break;
    events.push(parsed.data as LabEvent);
    if (isTerminalEvent(parsed.data as LabEvent)) break;
  }
  return events;
}

/** Rewrites the run's log so it ends; returns its summary with the status that log now says. */
export async function closeInterruptedLog(logPath: string, info: RunInfo, error: string): Promise<RunInfo> {
  const events = validPrefix(await readFile(logPath, 'utf8').catch(() => ''), info.id);
  const last = events.at(-1);
  if (!last || !isTerminalEvent(last)) {
    events.push({ kind: 'run.failed', error, run: info.id, seq: events.length, t: last?.t ?? 0 });
  }
  await writeFile(logPath, events.map((event) => `${JSON.stringify(event)}\n`).join(''));
  const terminal = events.at(-1) as LabEvent;
  const { result: _result, error: _error, ...rest } = info;
  return terminal.kind === 'run.finished'
    ? { ...rest, status: 'finished', result: terminal.result, eventCount: events.length }
    : { ...rest, status: 'failed', error: terminal.kind === 'run.failed' ? terminal.error : error, eventCount: events.length };
}
