/**
 * The creation lesson's one-line verdict, from a run's result: how many times
 * sooner a thread was ready than a process, and what each cost in private
 * memory. No React here: the home page loads this file eagerly.
 */
import { creationResultSchema, type CreationResult } from '../../../../shared/results/creation.js';
import type { Language, Localized } from '../../i18n/dictionary.js';
import { formattersFor } from '../../i18n/format.js';
import { mbFromKb, msFromUs, times } from '../../lessonParts/figures.js';

type Figures = { ratio: string; faster: string; slower: string; processMb: string; threadMb: string };

const sentences: Localized<{ threadSooner(f: Figures): string; processSooner(f: Figures): string; threadMemory(f: Figures): string; noThreadMemory(f: Figures): string }> = {
  en: {
    threadSooner: (f) => `Here a thread was ready ${f.ratio}× sooner than a process (median ${f.faster} ms vs ${f.slower} ms)`,
    processSooner: (f) => `Here a process was ready ${f.ratio}× sooner than a thread (median ${f.faster} ms vs ${f.slower} ms)`,
    threadMemory: (f) => `; a process cost ${f.processMb} MB of private memory, a thread ${f.threadMb} MB.`,
    noThreadMemory: (f) => `; a process cost ${f.processMb} MB of private memory, a thread no measurable private memory.`,
  },
  'pt-BR': {
    threadSooner: (f) => `Aqui uma thread ficou pronta ${f.ratio}× mais cedo que um processo (mediana de ${f.faster} ms contra ${f.slower} ms)`,
    processSooner: (f) => `Aqui um processo ficou pronto ${f.ratio}× mais cedo que uma thread (mediana de ${f.faster} ms contra ${f.slower} ms)`,
    threadMemory: (f) => `; um processo custou ${f.processMb} MB de memória privada, uma thread ${f.threadMb} MB.`,
    noThreadMemory: (f) => `; um processo custou ${f.processMb} MB de memória privada, uma thread nenhuma memória privada mensurável.`,
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
  const threadFirst = thread <= process;
  const figures: Figures = {
    ratio: times(format, threadFirst ? process / thread : thread / process),
    faster: msFromUs(format, Math.min(thread, process)),
    slower: msFromUs(format, Math.max(thread, process)),
    processMb: mbFromKb(format, processPrivateKb),
    threadMb: mbFromKb(format, threadPrivateKb),
  };
  const timing = threadFirst ? words.threadSooner(figures) : words.processSooner(figures);
  // Growth can read as zero or below when the heap shrank meanwhile: say so rather than print "-0.1 MB".
  const memory = threadPrivateKb > 0 ? words.threadMemory(figures) : words.noThreadMemory(figures);
  return timing + memory;
}
