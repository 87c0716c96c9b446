/**
 * The communication lesson's one-line verdict, from a run's result. Every
 * comparison names both channels it compares and their medians, and says
 * "faster" or "took N× as long" from the figures themselves: the fastest
 * channel between processes against postMessage between threads, then each
 * shared-memory channel (Atomics.wait, busy-waiting) against postMessage.
 * Says "not orders of magnitude" only if the figures do. No React here: the
 * home page loads this file eagerly.
 */
import { communicationResultSchema, type ChannelResult, type CommunicationResult } from '../../../../shared/results/communication.js';
import type { Language, Localized } from '../../i18n/dictionary.js';
import { formattersFor } from '../../i18n/format.js';
import { times, us } from '../../lessonParts/figures.js';
import { channelName } from './channelNames.js';

/** Within this factor either way, two medians are called "about as fast": run-to-run noise is about this size. */
export const NOISE = 1.15;
/** From this factor on, the process channel's cost is not called "a small factor". */
export const ORDER = 10;

type Process = { process: string; processUs: string; threadUs: string; factor: string };
type Shared = { name: string; medianUs: string; factor: string };
type Sentences = {
  processHead(f: Process): string;
  processMuchSlower(f: Process): string;
  processSlower(f: Process): string;
  processAsFast(f: Process): string;
  processFaster(f: Process): string;
  sharedFaster(f: Shared): string;
  sharedAsFast(f: Shared): string;
  sharedSlower(f: Shared): string;
  /** Added to busy-waiting's clause: after a win ("but"), or otherwise ("and"). */
  spinCostAfterWin: string;
  spinCost: string;
  fastestOnly(f: { channel: string; medianUs: string }): string;
};

const sentences: Localized<Sentences> = {
  en: {
    processHead: (f) => `Between processes, the fastest channel here (${f.process}, ${f.processUs} µs per round trip) `,
    processMuchSlower: (f) => `took ${f.factor}× as long as postMessage between threads (${f.threadUs} µs)`,
    processSlower: (f) => `took ${f.factor}× as long as postMessage between threads (${f.threadUs} µs): less than one order of magnitude`,
    processAsFast: (f) => `was about as fast as postMessage between threads (${f.threadUs} µs)`,
    processFaster: (f) => `was ${f.factor}× faster than postMessage between threads (${f.threadUs} µs)`,
    sharedFaster: (f) => `${f.name} (${f.medianUs} µs) was ${f.factor}× faster than postMessage`,
    sharedAsFast: (f) => `${f.name} (${f.medianUs} µs) was about as fast as postMessage`,
    sharedSlower: (f) => `${f.name} (${f.medianUs} µs) took ${f.factor}× as long as postMessage`,
    spinCostAfterWin: ', but each of its two threads keeps a core busy while it waits',
    spinCost: ', and each of its two threads keeps a core busy while it waits',
    fastestOnly: (f) => `The fastest channel here was ${f.channel}: ${f.medianUs} µs per round trip (median).`,
  },
  'pt-BR': {
    processHead: (f) => `Entre processos, o canal mais rápido aqui (${f.process}, ${f.processUs} µs por ida e volta) `,
    processMuchSlower: (f) => `levou ${f.factor}× o tempo do postMessage entre threads (${f.threadUs} µs)`,
    processSlower: (f) => `levou ${f.factor}× o tempo do postMessage entre threads (${f.threadUs} µs): menos de uma ordem de grandeza`,
    processAsFast: (f) => `foi praticamente tão rápido quanto o postMessage entre threads (${f.threadUs} µs)`,
    processFaster: (f) => `foi ${f.factor}× mais rápido que o postMessage entre threads (${f.threadUs} µs)`,
    sharedFaster: (f) => `${f.name} (${f.medianUs} µs) foi ${f.factor}× mais rápida que o postMessage`,
    sharedAsFast: (f) => `${f.name} (${f.medianUs} µs) levou praticamente o mesmo tempo que o postMessage`,
    sharedSlower: (f) => `${f.name} (${f.medianUs} µs) levou ${f.factor}× o tempo do postMessage`,
    spinCostAfterWin: ', mas cada uma das suas duas threads ocupa um núcleo enquanto espera',
    spinCost: ', e cada uma das suas duas threads ocupa um núcleo enquanto espera',
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

/** How a channel's median compares with postMessage's: which side of the noise band, and by what factor (≥ 1). */
function compare(medianUs: number, postMessageUs: number): { side: 'slower' | 'asFast' | 'faster'; factor: number } {
  const took = medianUs / postMessageUs;
  if (took >= NOISE) return { side: 'slower', factor: took };
  if (took <= 1 / NOISE) return { side: 'faster', factor: 1 / took };
  return { side: 'asFast', factor: 1 };
}

export function verdictSentence(result: unknown, language: Language): string | undefined {
  const parsed = parseCommunicationResult(result);
  if (!parsed) return undefined;
  const format = formattersFor(language);
  const words = sentences[language];
  const measured = parsed.channels.filter((entry) => entry.latencyMedianUs > 0);
  const of = (channel: string) => measured.find((entry) => entry.channel === channel);
  const postMessage = of('postMessage');
  const fastestProcess = [...measured].filter((entry) => entry.between === 'processes').sort((a, b) => a.latencyMedianUs - b.latencyMedianUs)[0];

  const parts: string[] = [];
  if (postMessage && fastestProcess) {
    const { side, factor } = compare(fastestProcess.latencyMedianUs, postMessage.latencyMedianUs);
    const figures: Process = {
      process: channelName(fastestProcess.channel, language),
      processUs: us(format, fastestProcess.latencyMedianUs),
      threadUs: us(format, postMessage.latencyMedianUs),
      factor: times(format, factor),
    };
    const rest =
      side === 'faster' ? words.processFaster(figures) : side === 'asFast' ? words.processAsFast(figures) : factor >= ORDER ? words.processMuchSlower(figures) : words.processSlower(figures);
    parts.push(words.processHead(figures) + rest);
  }
  if (postMessage) {
    for (const shared of ['sab-wait', 'sab-spin'].map(of).filter((entry): entry is ChannelResult => entry !== undefined)) {
      const { side, factor } = compare(shared.latencyMedianUs, postMessage.latencyMedianUs);
      const figures: Shared = { name: channelName(shared.channel, language), medianUs: us(format, shared.latencyMedianUs), factor: times(format, factor) };
      const clause = side === 'faster' ? words.sharedFaster(figures) : side === 'asFast' ? words.sharedAsFast(figures) : words.sharedSlower(figures);
      const spinCost = shared.channel === 'sab-spin' ? (side === 'faster' ? words.spinCostAfterWin : words.spinCost) : '';
      parts.push(clause + spinCost);
    }
  }
  if (parts.length > 0) return `${capitalized(parts.join('; '))}.`;
  const fastest = [...measured].sort((a, b) => a.latencyMedianUs - b.latencyMedianUs)[0];
  return fastest ? words.fastestOnly({ channel: channelName(fastest.channel, language), medianUs: us(format, fastest.latencyMedianUs) }) : undefined;
}
