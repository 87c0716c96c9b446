/**
 * Plain-language callouts for the parallelism lesson, computed from the
 * timeline rows played so far and the run's result. Pure, tested against a
 * recorded run.
 */
import type { Formatters } from '../../i18n/format.js';
import { byTime, type LessonCallout } from '../../lessonParts/callouts.js';
import { significant, times } from '../../lessonParts/figures.js';
import type { Scene } from '../../scene/types.js';
import type { Configuration, TimelineRow, UnitSpan } from './stageModel.js';
import type { ParallelismText } from './text.js';
import { parseParallelismResult } from './verdict.js';

export type ParallelismSection = 'now' | 'timeline' | 'run';
export type ParallelismCallout = LessonCallout<ParallelismSection>;
export type CalloutWords = { text: ParallelismText; format: Formatters };

export function configurationName(text: ParallelismText, format: Formatters, configuration: Configuration): string {
  if (configuration.kind === 'baseline') return text.rowBaseline;
  const n = format.integer(configuration.n);
  return configuration.kind === 'threads' ? text.configuration.threads({ n }) : text.configuration.processes({ n });
}

/**
 * The first moment more units were alive at once than there are cores (a unit
 * that already ended does not count), with how many were alive then.
 */
export function firstCrowding(spans: readonly UnitSpan[], cores: number): { atMs: number; count: number } | undefined {
  for (const start of [...spans].sort((a, b) => a.fromMs - b.fromMs)) {
    const alive = spans.filter((span) => span.fromMs <= start.fromMs && (span.running || span.toMs > start.fromMs)).length;
    if (alive > cores) return { atMs: start.fromMs, count: alive };
  }
  return undefined;
}

/**
 * @param rows the timeline rows at this point of playback
 * @param cores the machine's core count (from the result, or from the server's greeting), if known
 */
export function parallelismCallouts(rows: readonly TimelineRow[], scene: Scene, cores: number | undefined, words: CalloutWords): ParallelismCallout[] {
  const { text, format } = words;
  const ms = (value: number) => significant(format, value);
  const callouts: ParallelismCallout[] = [];
  const baseline = rows.find((row) => row.kind === 'baseline');
  if (baseline?.finished && baseline.startT !== undefined && baseline.lengthMs !== undefined) {
    callouts.push({ id: 'baseline', section: 'timeline', at: baseline.startT + baseline.lengthMs * 1e6, text: text.callouts.baselineDone({ ms: ms(baseline.lengthMs) }) });
  }
  for (const row of rows) {
    if (row.kind === 'baseline' || row.startT === undefined) continue;
    const startT = row.startT;
    const crowded = cores === undefined ? undefined : firstCrowding(row.spans, cores);
    if (crowded && cores !== undefined) {
      callouts.push({
        id: `crowded-${row.phase}`,
        section: 'now',
        at: startT + crowded.atMs * 1e6,
        text: text.callouts.moreThanCores({ units: format.integer(crowded.count), cores: format.integer(cores) }),
      });
    }
    if (row.spans.length < row.n || row.spans.some((span) => span.running) || !baseline?.lengthMs) continue;
    const lastExit = Math.max(...row.spans.map((span) => span.toMs));
    callouts.push({
      id: `done-${row.phase}`,
      section: 'timeline',
      at: startT + lastExit * 1e6,
      text: text.callouts.configurationDone({ configuration: configurationName(text, format, row), ms: ms(lastExit), baselineMs: ms(baseline.lengthMs) }),
    });
  }

  if (scene.terminal.state === 'finished') {
    const result = parseParallelismResult(scene.terminal.result);
    if (result) {
      const { verdict } = result;
      callouts.push({
        id: 'measured',
        section: 'timeline',
        at: scene.terminal.t,
        text: text.callouts.measured({
          threadSpeedup: times(format, verdict.bestThreadSpeedup),
          threads: configurationName(text, format, { phase: '', kind: 'threads', n: verdict.bestThreadN }),
          processSpeedup: times(format, verdict.bestProcessSpeedup),
          processes: configurationName(text, format, { phase: '', kind: 'processes', n: verdict.bestProcessN }),
          cores: format.integer(verdict.cores),
        }),
      });
    }
  } else if (scene.terminal.state === 'failed') {
    callouts.push({ id: 'failed', section: 'run', at: scene.terminal.t, text: text.callouts.failed({ error: scene.terminal.error }) });
  }
  return byTime(callouts);
}
