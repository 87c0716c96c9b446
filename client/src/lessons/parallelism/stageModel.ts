/**
 * The parallelism run as the stage sees it. Phases are "baseline", then
 * "threads-N" and "processes-N" for N = 1..maxWorkers; a configuration's
 * units are the actors thread-N-i (inside the process "cruncher") or
 * proc-N-i. Each row of the timeline is one configuration on its own real
 * clock (0 = the phase began), so rows can be compared by length. Pure.
 */
import type { LabEvent } from '../../../../shared/protocol.js';
import type { Scene } from '../../scene/types.js';

export const CRUNCHER = 'cruncher';
export type ConfigKind = 'baseline' | 'threads' | 'processes';
export type Configuration = { phase: string; kind: ConfigKind; n: number };

/** The configurations a run with this many workers goes through, in order. */
export function configurations(maxWorkers: number): Configuration[] {
  const list: Configuration[] = [{ phase: 'baseline', kind: 'baseline', n: 1 }];
  for (let n = 1; n <= maxWorkers; n += 1) list.push({ phase: `threads-${n}`, kind: 'threads', n }, { phase: `processes-${n}`, kind: 'processes', n });
  return list;
}

export function parseConfiguration(phase: string | undefined): Configuration | undefined {
  if (phase === 'baseline') return { phase, kind: 'baseline', n: 1 };
  const match = /^(threads|processes)-(\d+)$/.exec(phase ?? '');
  return match?.[1] && match[2] ? { phase: phase as string, kind: match[1] as ConfigKind, n: Number(match[2]) } : undefined;
}

export function unitIds(configuration: Configuration): string[] {
  if (configuration.kind === 'baseline') return [];
  const prefix = configuration.kind === 'threads' ? 'thread' : 'proc';
  return Array.from({ length: configuration.n }, (_, index) => `${prefix}-${configuration.n}-${index + 1}`);
}

/** Workers to make room for: the run's `maxWorkers`, or more if more showed up. */
export function workerCount(params: Readonly<Record<string, unknown>> | undefined, scene: Scene): number {
  const asked = typeof params?.maxWorkers === 'number' ? params.maxWorkers : 0;
  const seen = scene.actorOrder.map((id) => Number(/^(?:thread|proc)-(\d+)-\d+$/.exec(id)?.[1] ?? 0));
  return Math.max(1, asked, ...seen);
}

export type UnitSpan = { actorId: string; fromMs: number; toMs: number; running: boolean };
export type TimelineRow = Configuration & {
  /** Undefined until the phase is played. */
  startT: number | undefined;
  /** ms from the phase's start to its end (or to now while it runs). */
  lengthMs: number | undefined;
  finished: boolean;
  spans: UnitSpan[];
};

/**
 * The rows at this point of playback. `played` is the log up to the current
 * event; `nowT` the real time the playhead stands for. A row ends where the
 * next phase begins, or where the run ended; until then it grows with `nowT`.
 */
export function timelineRows(configs: readonly Configuration[], played: readonly LabEvent[], scene: Scene, nowT: number): TimelineRow[] {
  const starts = new Map<string, number>();
  const order: string[] = [];
  for (const event of played) {
    if (event.kind === 'phase' && !starts.has(event.name)) {
      starts.set(event.name, event.t);
      order.push(event.name);
    }
  }
  const ended = scene.terminal.state !== 'running' ? scene.terminal.t : undefined;
  return configs.map((configuration) => {
    const startT = starts.get(configuration.phase);
    if (startT === undefined) return { ...configuration, startT, lengthMs: undefined, finished: false, spans: [] };
    const next = order[order.indexOf(configuration.phase) + 1];
    const endT = (next !== undefined ? starts.get(next) : undefined) ?? ended;
    const finished = endT !== undefined;
    const until = endT ?? nowT;
    const toMs = (t: number) => Math.max(0, (t - startT) / 1e6);
    const spans =
      configuration.kind === 'baseline'
        ? [{ actorId: CRUNCHER, fromMs: 0, toMs: toMs(until), running: !finished }]
        : unitIds(configuration).flatMap((actorId) => {
            const actor = scene.actors[actorId];
            if (!actor) return [];
            return [{ actorId, fromMs: toMs(actor.startedAt), toMs: toMs(actor.exit?.t ?? nowT), running: actor.exit === undefined }];
          });
    return { ...configuration, startT, lengthMs: toMs(until), finished, spans };
  });
}

/**
 * Whether a row changes while the playhead glides between two events: a row
 * still running grows with the played real time, and so does the line of a
 * unit that has not exited. Every other row is drawn once per event.
 */
export function rowFollowsClock(row: TimelineRow): boolean {
  return row.startT !== undefined && (!row.finished || row.spans.some((span) => span.running));
}

/**
 * The row at real time `nowT`, from the row `timelineRows` gave for an
 * earlier time of the same event: what still runs grows to `nowT`, the rest
 * stays. The same as `timelineRows(…, nowT)` for that row, without going
 * through the log again on every frame.
 */
export function rowAt(row: TimelineRow, nowT: number): TimelineRow {
  const startT = row.startT;
  if (startT === undefined || !rowFollowsClock(row)) return row;
  const now = Math.max(0, (nowT - startT) / 1e6);
  return {
    ...row,
    lengthMs: row.finished ? row.lengthMs : now,
    spans: row.spans.map((span) => (span.running ? { ...span, toMs: now } : span)),
  };
}

/** The timeline's fixed scale (ms): the longest configuration in the whole log, so rows never rescale. */
export function timelineScaleMs(events: readonly LabEvent[]): number {
  let longest = 0;
  let previous: number | undefined;
  for (const event of events) {
    const boundary = event.kind === 'phase' || event.kind === 'run.finished' || event.kind === 'run.failed';
    if (!boundary) continue;
    if (previous !== undefined) longest = Math.max(longest, (event.t - previous) / 1e6);
    previous = event.kind === 'phase' ? event.t : undefined;
  }
  return longest > 0 ? longest * 1.05 : 1000;
}

/** Units of the current configuration that are running now (the baseline's one thread counts). */
export function runningUnits(scene: Scene): number {
  const configuration = parseConfiguration(scene.phase);
  if (!configuration) return 0;
  if (configuration.kind === 'baseline') return scene.actors[CRUNCHER] && !scene.actors[CRUNCHER]?.exit ? 1 : 0;
  return unitIds(configuration).filter((id) => scene.actors[id] && !scene.actors[id]?.exit).length;
}
