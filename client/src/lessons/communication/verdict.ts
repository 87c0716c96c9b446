/**
 * The communication lesson's one-line verdict, from a run's result: how much
 * more a round trip between processes cost than one between threads, and
 * what shared memory saved over postMessage. Says "orders of magnitude" only
 * if the figures do. No React here: the home page loads this file eagerly.
 */
import { communicationResultSchema, type CommunicationResult } from '../../../../shared/results/communication.js';
import type { Language, Localized } from '../../i18n/dictionary.js';
import { formattersFor } from '../../i18n/format.js';
import { times, us } from '../../lessonParts/figures.js';

type Pair = { ratio: string; process: string; processUs: string; threadUs: string };
type Shared = { speedup: string };
type Sentences = {
  processCost(f: Pair): string;
  processCostOrders(f: Pair): string;
  processFaster(f: Pair): string;
  shared(f: Shared): string;
  sharedNotFaster(f: Shared): string;
  fastestOnly(f: { channel: string; medianUs: string }): string;
};

const sentences: Localized<Sentences> = {
  en: {
    processCost: (f) => `Here process messaging cost about ${f.ratio}× thread messaging (${f.process} ${f.processUs} µs vs postMessage ${f.threadUs} µs per round trip) — not orders of magnitude`,
    processCostOrders: (f) => `Here process messaging cost about ${f.ratio}× thread messaging (${f.process} ${f.processUs} µs vs postMessage ${f.threadUs} µs per round trip)`,
    processFaster: (f) => `Here the fastest process channel (${f.process}, ${f.processUs} µs per round trip) was as quick as postMessage (${f.threadUs} µs)`,
    shared: (f) => `shared memory was ${f.speedup}× faster than postMessage — and only threads get it cheaply.`,
    sharedNotFaster: (f) => `shared memory was not faster than postMessage this time (${f.speedup}×).`,
    fastestOnly: (f) => `The fastest channel here was ${f.channel}: ${f.medianUs} µs per round trip (median).`,
  },
  'pt-BR': {
    processCost: (f) => `Aqui a troca de mensagens entre processos custou cerca de ${f.ratio}× a entre threads (${f.process} ${f.processUs} µs contra postMessage ${f.threadUs} µs por ida e volta) — não ordens de grandeza`,
    processCostOrders: (f) => `Aqui a troca de mensagens entre processos custou cerca de ${f.ratio}× a entre threads (${f.process} ${f.processUs} µs contra postMessage ${f.threadUs} µs por ida e volta)`,
    processFaster: (f) => `Aqui o canal entre processos mais rápido (${f.process}, ${f.processUs} µs por ida e volta) foi tão rápido quanto o postMessage (${f.threadUs} µs)`,
    shared: (f) => `a memória compartilhada foi ${f.speedup}× mais rápida que o postMessage — e só threads a têm de graça.`,
    sharedNotFaster: (f) => `a memória compartilhada não foi mais rápida que o postMessage desta vez (${f.speedup}×).`,
    fastestOnly: (f) => `O canal mais rápido aqui foi ${f.channel}: ${f.medianUs} µs por ida e volta (mediana).`,
  },
};

export function parseCommunicationResult(result: unknown): CommunicationResult | undefined {
  const parsed = communicationResultSchema.safeParse(result);
  return parsed.success && parsed.data.channels.length > 0 ? parsed.data : undefined;
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function verdictSentence(result: unknown, language: Language): string | undefined {
  const parsed = parseCommunicationResult(result);
  if (!parsed) return undefined;
  const format = formattersFor(language);
  const words = sentences[language];
  const { processOverThreadRatio: ratio, sharedMemorySpeedup: speedup, fastestProcessChannel } = parsed.verdict;
  const of = (channel: string | null) => parsed.channels.find((entry) => entry.channel === channel);
  const postMessage = of('postMessage');
  const fastestProcess = of(fastestProcessChannel);

  const parts: string[] = [];
  if (ratio !== null && postMessage && fastestProcess) {
    const pair: Pair = {
      ratio: times(format, ratio),
      process: fastestProcess.channel,
      processUs: us(format, fastestProcess.latencyMedianUs),
      threadUs: us(format, postMessage.latencyMedianUs),
    };
    // Below 1.15× the two are within noise of each other: do not call either one dearer.
    parts.push(ratio < 1.15 ? words.processFaster(pair) : ratio < 10 ? words.processCost(pair) : words.processCostOrders(pair));
  }
  if (speedup !== null) {
    const shared = { speedup: times(format, speedup) };
    parts.push(speedup > 1 ? words.shared(shared) : words.sharedNotFaster(shared));
  }
  if (parts.length === 2) return `${parts[0]}; ${parts[1]}`;
  if (parts.length === 1) return `${capitalized(parts[0] ?? '')}${parts[0]?.endsWith('.') ? '' : '.'}`;
  const fastest = [...parsed.channels].sort((a, b) => a.latencyMedianUs - b.latencyMedianUs)[0];
  return fastest ? words.fastestOnly({ channel: fastest.channel, medianUs: us(format, fastest.latencyMedianUs) }) : undefined;
}
