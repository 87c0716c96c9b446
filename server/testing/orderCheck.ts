/**
 * Checks that a run's event log tells a history that could have happened:
 * the promises of the event protocol (README, "Events"), read from the log
 * alone, plus, when the lab host's audit of what it received is at hand, that
 * no event's `t` differs from the one its producer measured.
 *
 * Used by the order test under CPU load and by the soak; pure, so it is unit
 * tested on hand-made logs that break each rule.
 */
import type { LabEvent, TimedEventBody } from '../../shared/protocol.js';

export type OrderProblem = string;

/** Cells that several actors update atomically: their writes must rise in log order. */
export type AtomicCells = (event: Extract<LabEvent, { kind: 'memory.write' }>) => boolean;

/** The memory lesson's shared x (threads) and each child's own x: every write there adds one. */
export const memoryLessonCells: AtomicCells = (event) => event.cell === 'x';

const MAX_PROBLEMS = 20;

export function checkLogOrder(events: readonly LabEvent[], atomicCells?: AtomicCells): OrderProblem[] {
  const problems: OrderProblem[] = [];
  const note = (problem: string) => {
    if (problems.length < MAX_PROBLEMS) problems.push(problem);
  };
  let lastT = -1;
  const sent = new Set<string>();
  const started = new Set<string>();
  const exited = new Set<string>();
  const cellValues = new Map<string, number>();
  events.forEach((event, index) => {
    if (event.seq !== index) note(`seq ${event.seq} at position ${index}: seq must count from 0 without gaps`);
    if (event.t < lastT) note(`seq ${event.seq} (${event.kind} of ${'actor' in event ? event.actor : '-'}) has t ${event.t} < ${lastT} of the event before it`);
    lastT = Math.max(lastT, event.t);
    switch (event.kind) {
      case 'actor.started':
        if (started.has(event.actor)) note(`${event.actor} started twice`);
        started.add(event.actor);
        break;
      case 'actor.exited':
        if (!started.has(event.actor)) note(`${event.actor} exited (seq ${event.seq}) before it started`);
        if (exited.has(event.actor)) note(`${event.actor} exited twice`);
        exited.add(event.actor);
        break;
      case 'message.sent':
        sent.add(event.msg);
        break;
      case 'message.received':
        if (!sent.has(event.msg)) note(`message ${event.msg} received (seq ${event.seq}) before it was sent`);
        break;
      case 'memory.write': {
        if (!atomicCells?.(event)) break;
        const key = `${event.space}/${event.cell}`;
        const before = cellValues.get(key);
        if (before !== undefined && event.value <= before) note(`cell ${key}: ${event.value} written (seq ${event.seq}) after ${before}`);
        cellValues.set(key, event.value);
        break;
      }
      default:
        break;
    }
  });
  for (const actor of started) if (!exited.has(actor)) note(`${actor} started but never exited`);
  const last = events.at(-1);
  if (!last || (last.kind !== 'run.finished' && last.kind !== 'run.failed')) note('the log does not end with run.finished or run.failed');
  const ends = events.filter((event) => event.kind === 'run.finished' || event.kind === 'run.failed').length;
  if (ends > 1) note(`${ends} run.finished/run.failed events, not one`);
  return problems;
}

/** Identifies an event by what its producer said, t included, without seq or run. */
function fingerprint(event: TimedEventBody | LabEvent): string {
  const { seq: _seq, run: _run, ...body } = event as LabEvent;
  return JSON.stringify(body, Object.keys(body).sort());
}

/**
 * Every event of the log must be one the host received with exactly that t
 * (the audit records each event as it arrived, before ordering). Events the
 * host made itself are in the audit too.
 */
export function checkTimesUnaltered(events: readonly LabEvent[], audit: readonly TimedEventBody[]): OrderProblem[] {
  const received = new Map<string, number>();
  for (const event of audit) received.set(fingerprint(event), (received.get(fingerprint(event)) ?? 0) + 1);
  const problems: OrderProblem[] = [];
  for (const event of events) {
    const key = fingerprint(event);
    const left = received.get(key) ?? 0;
    if (left === 0) {
      if (problems.length < MAX_PROBLEMS) problems.push(`seq ${event.seq} (${event.kind}, t ${event.t}) is not an event the host received with that t`);
      continue;
    }
    received.set(key, left - 1);
  }
  return problems;
}
