/**
 * What the comparison table says for each lesson of a row: the verdict of
 * that lesson's newest finished run on this machine, or that it was not
 * measured here yet. Never a figure from anywhere else. Pure.
 */
import type { RunInfo } from '../../../shared/protocol.js';
import type { Language } from '../i18n/dictionary.js';

export type VerdictFunction = (result: unknown, language: Language) => string | undefined;

export type LessonVerdict =
  | { lessonId: string; state: 'measured'; sentence: string; runId: string }
  /** A finished run exists, but this lesson has no verdict sentence for its result (e.g. an older result shape). */
  | { lessonId: string; state: 'measuredWithoutSentence'; runId: string }
  | { lessonId: string; state: 'notMeasured' };

export function lessonVerdicts(
  lessonIds: readonly string[],
  latest: ReadonlyMap<string, RunInfo>,
  verdicts: ReadonlyMap<string, VerdictFunction>,
  language: Language,
): LessonVerdict[] {
  return lessonIds.map((lessonId) => {
    const run = latest.get(lessonId);
    if (!run) return { lessonId, state: 'notMeasured' };
    const sentence = verdicts.get(lessonId)?.(run.result, language);
    return sentence ? { lessonId, state: 'measured', sentence, runId: run.id } : { lessonId, state: 'measuredWithoutSentence', runId: run.id };
  });
}
