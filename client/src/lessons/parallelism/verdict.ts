/**
 * The parallelism lesson's one-line verdict, from a run's result: where the
 * speedup stopped against the machine's core count. No React here: the home
 * page loads this file eagerly.
 */
import { parallelismResultSchema, type ParallelismResult } from '../../../../shared/results/parallelism.js';
import type { Language, Localized } from '../../i18n/dictionary.js';
import { formattersFor } from '../../i18n/format.js';
import { times } from '../../lessonParts/figures.js';

/** Best speedup at or above this share of the core count counts as "reached the cores". */
export const REACHED_SHARE = 0.7;

type Figures = { cores: string; threadSpeedup: string; threads: string; processSpeedup: string; processes: string };

const sentences: Localized<{ reached(f: Figures): string; below(f: Figures): string; threads(n: number, shown: string): string; processes(n: number, shown: string): string }> = {
  en: {
    reached: (f) => `Speedup stopped at about the number of cores (${f.cores}): best ${f.threadSpeedup}× with ${f.threads}, ${f.processSpeedup}× with ${f.processes}.`,
    below: (f) =>
      `Here the speedup stayed well below the number of cores (${f.cores}): best ${f.threadSpeedup}× with ${f.threads}, ${f.processSpeedup}× with ${f.processes} — start-up costs or other load on the machine ate the gain.`,
    threads: (n, shown) => `${shown} ${n === 1 ? 'thread' : 'threads'}`,
    processes: (n, shown) => `${shown} ${n === 1 ? 'process' : 'processes'}`,
  },
  'pt-BR': {
    reached: (f) => `O speedup parou perto do número de núcleos (${f.cores}): no máximo ${f.threadSpeedup}× com ${f.threads}, ${f.processSpeedup}× com ${f.processes}.`,
    below: (f) =>
      `Aqui o speedup ficou bem abaixo do número de núcleos (${f.cores}): no máximo ${f.threadSpeedup}× com ${f.threads}, ${f.processSpeedup}× com ${f.processes} — custos de partida ou outra carga na máquina comeram o ganho.`,
    threads: (n, shown) => `${shown} ${n === 1 ? 'thread' : 'threads'}`,
    processes: (n, shown) => `${shown} ${n === 1 ? 'processo' : 'processos'}`,
  },
};

export function parseParallelismResult(result: unknown): ParallelismResult | undefined {
  const parsed = parallelismResultSchema.safeParse(result);
  if (!parsed.success || parsed.data.threads.length === 0 || parsed.data.processes.length === 0) return undefined;
  return parsed.data;
}

/** Whether the best speedup came near the core count. */
export function reachedCores(result: ParallelismResult): boolean {
  const { cores, bestThreadSpeedup, bestProcessSpeedup } = result.verdict;
  return Math.max(bestThreadSpeedup, bestProcessSpeedup) >= REACHED_SHARE * cores;
}

export function verdictSentence(result: unknown, language: Language): string | undefined {
  const parsed = parseParallelismResult(result);
  if (!parsed) return undefined;
  const format = formattersFor(language);
  const words = sentences[language];
  const { cores, bestThreadSpeedup, bestThreadN, bestProcessSpeedup, bestProcessN } = parsed.verdict;
  const figures: Figures = {
    cores: format.integer(cores),
    threadSpeedup: times(format, bestThreadSpeedup),
    threads: words.threads(bestThreadN, format.integer(bestThreadN)),
    processSpeedup: times(format, bestProcessSpeedup),
    processes: words.processes(bestProcessN, format.integer(bestProcessN)),
  };
  return reachedCores(parsed) ? words.reached(figures) : words.below(figures);
}
