/**
 * Amdahl's law, said where the parallelism lesson shows its speedup
 * flattening, with the run's own figures: the core count that caps the
 * speedup, and what one worker thread took against the baseline. Pure.
 */
import type { ParallelismResult } from '../../../../shared/results/parallelism.js';
import type { Formatters } from '../../i18n/format.js';
import { significant } from '../../lessonParts/figures.js';
import type { ParallelismText } from './text.js';

/** The sentence for this result, or undefined when the run has no 1-thread split to compare with the baseline. */
export function amdahlSentence(result: ParallelismResult, text: ParallelismText, format: Formatters): string | undefined {
  const oneThread = result.threads.find((entry) => entry.n === 1);
  if (!oneThread) return undefined;
  return text.results.amdahl({
    cores: format.integer(result.cores),
    oneThreadMs: significant(format, oneThread.wallMs),
    baselineMs: significant(format, result.baselineMs),
  });
}
