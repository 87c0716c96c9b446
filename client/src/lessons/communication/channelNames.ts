/**
 * Each channel said in words, for sentences (verdict, callouts): a sentence
 * never carries a raw id like "sab-wait". Tables and the chart keep the ids
 * as labels. Pure, no React (the verdict, loaded eagerly by the home page, uses it).
 */
import type { Language, Localized } from '../../i18n/dictionary.js';

type ChannelId = 'postMessage' | 'sab-wait' | 'sab-spin' | 'ipc-json' | 'ipc-advanced' | 'pipe' | 'unix-socket' | 'tcp';

const names: Localized<Record<ChannelId, string>> = {
  en: {
    postMessage: 'postMessage',
    'sab-wait': 'shared memory with Atomics.wait',
    'sab-spin': 'shared memory with busy-waiting',
    'ipc-json': 'Node IPC (JSON)',
    'ipc-advanced': 'Node IPC (V8 serializer)',
    pipe: 'named pipe (FIFO)',
    'unix-socket': 'Unix socket',
    tcp: 'TCP on 127.0.0.1',
  },
  'pt-BR': {
    postMessage: 'postMessage',
    'sab-wait': 'memória compartilhada com Atomics.wait',
    'sab-spin': 'memória compartilhada com espera ativa',
    'ipc-json': 'IPC do Node (JSON)',
    'ipc-advanced': 'IPC do Node (serializador do V8)',
    pipe: 'pipe nomeado (FIFO)',
    'unix-socket': 'socket Unix',
    tcp: 'TCP em 127.0.0.1',
  },
};

/** The channel in words; an unknown id (a newer server) is shown as it is. */
export function channelName(channel: string, language: Language): string {
  return Object.hasOwn(names[language], channel) ? names[language][channel as ChannelId] : channel;
}

/** Capitalized, to begin a sentence ("postMessage" stays as the API spells it). */
export function channelNameAtStart(channel: string, language: Language): string {
  const name = channelName(channel, language);
  return name === 'postMessage' ? name : name.charAt(0).toUpperCase() + name.slice(1);
}
