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
  exitCode(code: string): string;
};

const en = formattersFor('en');
const pt = formattersFor('pt-BR');

const sentences: Localized<Sentences> = {
  en: {
    processes: (f) => `${f.alive} of ${f.total} sibling ${en.pluralForm(f.totalCount, { one: 'process', other: 'processes' })} kept beating`,
    threads: (f) => `${f.alive} of ${f.total} sibling ${en.pluralForm(f.totalCount, { one: 'thread', other: 'threads' })} did`,
    processDied: (how) => ` (the whole process died: ${how})`,
    corrupt: (count) => `, reading ${count} corrupt records`,
    exitCode: (code) => `exit code ${code}`,
  },
  'pt-BR': {
    processes: (f) =>
      `${f.alive} de ${f.total} ${pt.pluralForm(f.totalCount, { one: 'processo irmão', other: 'processos irmãos' })} ${pt.pluralForm(f.aliveCount, { one: 'continuou', other: 'continuaram' })} batendo`,
    // With its own verb: "0 de 2 threads irmãs também" read as if they, too, had kept beating.
    threads: (f) =>
      `entre as threads, ${f.alive} de ${f.total} ${pt.pluralForm(f.totalCount, { one: 'irmã', other: 'irmãs' })} ${pt.pluralForm(f.aliveCount, { one: 'continuou', other: 'continuaram' })} batendo`,
    processDied: (how) => ` (o processo inteiro morreu: ${how})`,
    corrupt: (count) => `, lendo ${count} registros corrompidos`,
    exitCode: (code) => `código de saída ${code}`,
  },
};

export function parseCrashResult(result: unknown): CrashResult | undefined {
  const parsed = crashResultSchema.safeParse(result);
  return parsed.success ? parsed.data : undefined;
}

/** How an exit reads in a sentence, in the reader's language: the signal's own name, else "exit code N" / "código de saída N". */
export function exitWords(exit: { code: number | null; signal: string | null }, language: Language): string {
  return exit.signal ?? sentences[language].exitCode(exit.code === null ? '?' : formattersFor(language).osId(exit.code));
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
  if (!side.processSurvived) threads += words.processDied(exitWords(side.process, language));
  else if (side.corruptRecordsSeenBySiblings > 0) threads += words.corrupt(format.integer(side.corruptRecordsSeenBySiblings));
  return `${words.processes(figures(processSiblingsAlive, processSiblings))}; ${threads}.`;
}
