/**
 * The creation lesson's one-line verdict, from a run's result: each kind's
 * median time to ready, how the units were started (N of each at once), which
 * took how many times as long, and what each cost in private memory.
 * No React here: the home page loads this file eagerly.
 */
import { creationResultSchema, type CreationResult } from '../../../../shared/results/creation.js';
import type { Language, Localized } from '../../i18n/dictionary.js';
import { formattersFor } from '../../i18n/format.js';
import { mbFromKb, msFromUs, times } from '../../lessonParts/figures.js';

/** Within this factor either way, the two medians are called "about as fast". */
export const NOISE = 1.15;

type Figures = { ratio: string; threadMs: string; processMs: string; started: string; processMb: string; threadMb: string };
type Sentences = {
  threadSooner(f: Figures): string;
  processSooner(f: Figures): string;
  asFast(f: Figures): string;
  /** How the units were started, by the count of each kind. */
  started: { one: string; other: (count: string) => string };
  threadMemory(f: Figures): string;
  noThreadMemory(f: Figures): string;
};

const sentences: Localized<Sentences> = {
  en: {
    threadSooner: (f) => `Here a thread was ready in ${f.threadMs} ms and a process in ${f.processMs} ms (medians, ${f.started}): a process took ${f.ratio}× as long`,
    processSooner: (f) => `Here a process was ready in ${f.processMs} ms and a thread in ${f.threadMs} ms (medians, ${f.started}): a thread took ${f.ratio}× as long`,
    asFast: (f) => `Here a thread (${f.threadMs} ms) and a process (${f.processMs} ms) were ready about as fast (medians, ${f.started})`,
    started: { one: 'one of each kind, started alone', other: (count) => `${count} of each kind, started at once` },
    threadMemory: (f) => `; a process cost ${f.processMb} MiB of private memory, a thread ${f.threadMb} MiB.`,
    noThreadMemory: (f) => `; a process cost ${f.processMb} MiB of private memory; a thread added none that could be measured.`,
  },
  'pt-BR': {
    threadSooner: (f) => `Aqui uma thread ficou pronta em ${f.threadMs} ms e um processo em ${f.processMs} ms (medianas, ${f.started}): um processo levou ${f.ratio}× o tempo`,
    processSooner: (f) => `Aqui um processo ficou pronto em ${f.processMs} ms e uma thread em ${f.threadMs} ms (medianas, ${f.started}): uma thread levou ${f.ratio}× o tempo`,
    asFast: (f) => `Aqui uma thread (${f.threadMs} ms) e um processo (${f.processMs} ms) ficaram prontos quase no mesmo tempo (medianas, ${f.started})`,
    started: { one: 'um de cada tipo, iniciado sozinho', other: (count) => `${count} de cada tipo, iniciados ao mesmo tempo` },
    threadMemory: (f) => `; um processo custou ${f.processMb} MiB de memória privada, uma thread ${f.threadMb} MiB.`,
    noThreadMemory: (f) => `; um processo custou ${f.processMb} MiB de memória privada; uma thread não acrescentou nenhuma que se pudesse medir.`,
  },
};

/** The result, if it parses and its medians are real numbers (not NaN from an empty round). */
export function parseCreationResult(result: unknown): CreationResult | undefined {
  const parsed = creationResultSchema.safeParse(result);
  if (!parsed.success) return undefined;
  const { threadReadyMedianUs, processReadyMedianUs } = parsed.data.verdict;
  return threadReadyMedianUs > 0 && processReadyMedianUs > 0 ? parsed.data : undefined;
}

export function verdictSentence(result: unknown, language: Language): string | undefined {
  const parsed = parseCreationResult(result);
  if (!parsed) return undefined;
  const format = formattersFor(language);
  const words = sentences[language];
  const { threadReadyMedianUs: thread, processReadyMedianUs: process, threadPrivateKb, processPrivateKb } = parsed.verdict;
  const started = format.pluralForm(parsed.units, { one: words.started.one, other: words.started.other(format.integer(parsed.units)) });
  const took = process / thread;
  const figures: Figures = {
    ratio: times(format, took >= 1 ? took : 1 / took),
    threadMs: msFromUs(format, thread),
    processMs: msFromUs(format, process),
    started,
    processMb: mbFromKb(format, processPrivateKb),
    threadMb: mbFromKb(format, threadPrivateKb),
  };
  const timing = took >= NOISE ? words.threadSooner(figures) : took <= 1 / NOISE ? words.processSooner(figures) : words.asFast(figures);
  // Growth can read as zero or below when the heap shrank meanwhile: say so rather than print "-0.1 MiB".
  const memory = threadPrivateKb > 0 ? words.threadMemory(figures) : words.noThreadMemory(figures);
  return timing + memory;
}
