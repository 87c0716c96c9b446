/**
 * The parallelism lesson's one-line verdict, from a run's result: where the
 * speedup stopped against the machine's core count. No React here: the home
 * page loads this file eagerly.
 */
import { parallelismResultSchema, type ParallelismResult } from '../../../../shared/results/parallelism.js';
import type { Language, Localized } from '../../i18n/dictionary.js';
import { formattersFor } from '../../i18n/format.js';
import { significant, times } from '../../lessonParts/figures.js';

/** Best speedup at or above this share of the core count counts as "reached the cores". */
export const REACHED_SHARE = 0.7;

type Figures = { cores: string; threadSpeedup: string; threads: string; processSpeedup: string; processes: string };
/** The 1-thread split against the baseline: the same job, plus starting and ending one worker. */
type StartUp = { oneThreadMs: string; baselineMs: string };

type Sentences = {
  reached(f: Figures): string;
  below(f: Figures): string;
  startUp(s: StartUp): string;
  threads(n: number, shown: string): string;
  processes(n: number, shown: string): string;
};

const en = formattersFor('en');
const pt = formattersFor('pt-BR');

const sentences: Localized<Sentences> = {
  en: {
    reached: (f) => `Speedup came near the number of cores (${f.cores}), its ceiling: best ${f.threadSpeedup}× with ${f.threads}, ${f.processSpeedup}× with ${f.processes}.`,
    below: (f) => `Here the speedup stayed well below the number of cores (${f.cores}): best ${f.threadSpeedup}× with ${f.threads}, ${f.processSpeedup}× with ${f.processes}.`,
    startUp: (s) => ` Each split also starts its units: 1 worker thread took ${s.oneThreadMs} ms for the job the baseline did in ${s.baselineMs} ms.`,
    threads: (n, shown) => `${shown} ${en.pluralForm(n, { one: 'thread', other: 'threads' })}`,
    processes: (n, shown) => `${shown} ${en.pluralForm(n, { one: 'process', other: 'processes' })}`,
  },
  'pt-BR': {
    reached: (f) => `O speedup chegou perto do número de núcleos (${f.cores}), o seu teto: o melhor foi ${f.threadSpeedup}× com ${f.threads} e ${f.processSpeedup}× com ${f.processes}.`,
    below: (f) =>
      `Aqui o speedup ficou bem abaixo do número de núcleos (${f.cores}): o melhor foi ${f.threadSpeedup}× com ${f.threads} e ${f.processSpeedup}× com ${f.processes}.`,
    startUp: (s) => ` Cada divisão também inicia as suas unidades: 1 worker thread levou ${s.oneThreadMs} ms no trabalho que a referência fez em ${s.baselineMs} ms.`,
    threads: (n, shown) => `${shown} ${pt.pluralForm(n, { one: 'thread', other: 'threads' })}`,
    processes: (n, shown) => `${shown} ${pt.pluralForm(n, { one: 'processo', other: 'processos' })}`,
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
  if (reachedCores(parsed)) return words.reached(figures);
  // Below the cores: name what every split pays and the baseline does not, from this run's own figures.
  const oneThread = parsed.threads.find((entry) => entry.n === 1);
  const startUp = oneThread ? words.startUp({ oneThreadMs: significant(format, oneThread.wallMs), baselineMs: significant(format, parsed.baselineMs) }) : '';
  return words.below(figures) + startUp;
}
