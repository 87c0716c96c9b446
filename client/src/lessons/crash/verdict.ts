/**
 * The crash lesson's one-line verdict, from a run's result: how many sibling
 * processes and sibling threads kept beating after the failure. No React
 * here: the home page loads this file eagerly.
 */
import { crashResultSchema, type CrashResult } from '../../../../shared/results/crash.js';
import type { Language, Localized } from '../../i18n/dictionary.js';
import { formattersFor } from '../../i18n/format.js';

type Figures = { alive: string; total: string; aliveCount: number; totalCount: number };

type Sentences = {
  processes(f: Figures): string;
  threads(f: Figures): string;
  processDied(how: string): string;
  corrupt(count: string): string;
};

const sentences: Localized<Sentences> = {
  en: {
    processes: (f) => `${f.alive} of ${f.total} sibling ${f.totalCount === 1 ? 'process' : 'processes'} kept beating`,
    threads: (f) => `${f.alive} of ${f.total} sibling ${f.totalCount === 1 ? 'thread' : 'threads'} did`,
    processDied: (how) => ` (the whole process died: ${how})`,
    corrupt: (count) => `, reading ${count} corrupt records`,
  },
  'pt-BR': {
    processes: (f) =>
      `${f.alive} de ${f.total} ${f.totalCount === 1 ? 'processo irmão' : 'processos irmãos'} ${f.aliveCount === 1 ? 'continuou' : 'continuaram'} batendo`,
    threads: (f) => `${f.alive} de ${f.total} ${f.totalCount === 1 ? 'thread irmã' : 'threads irmãs'} também`,
    processDied: (how) => ` (o processo inteiro morreu: ${how})`,
    corrupt: (count) => `, lendo ${count} registros corrompidos`,
  },
};

export function parseCrashResult(result: unknown): CrashResult | undefined {
  const parsed = crashResultSchema.safeParse(result);
  return parsed.success ? parsed.data : undefined;
}

/** How an exit reads in a sentence: the signal's name, else "code N". */
export function exitWords(exit: { code: number | null; signal: string | null }): string {
  return exit.signal ?? `code ${exit.code ?? '?'}`;
}

export function verdictSentence(result: unknown, language: Language): string | undefined {
  const parsed = parseCrashResult(result);
  if (!parsed) return undefined;
  const format = formattersFor(language);
  const words = sentences[language];
  const { processSiblings, processSiblingsAlive, threadSiblings, threadSiblingsAlive } = parsed.verdict;
  const figures = (alive: number, total: number): Figures => ({ alive: format.integer(alive), total: format.integer(total), aliveCount: alive, totalCount: total });
  const side = parsed.threadSide;
  let threads = words.threads(figures(threadSiblingsAlive, threadSiblings));
  if (!side.processSurvived) threads += words.processDied(exitWords(side.process));
  else if (side.corruptRecordsSeenBySiblings > 0) threads += words.corrupt(format.integer(side.corruptRecordsSeenBySiblings));
  return `${words.processes(figures(processSiblingsAlive, processSiblings))}; ${threads}.`;
}
