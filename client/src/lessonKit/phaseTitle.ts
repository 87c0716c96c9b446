/**
 * Readable names for the phase names servers send ("threads-repeat-2",
 * "processes-4", "story-ipc-json", "step"), in the page's language: the
 * dictionary's own phase names first, then the patterned ones. A name no
 * pattern knows is shown as sent. Pure.
 */
import type { Dictionary, Language } from '../i18n/dictionary.js';
import { en } from '../i18n/en.js';
import { ptBR } from '../i18n/ptBR.js';

const words = {
  en: {
    threads: 'threads',
    processes: 'processes',
    repeat: (what: string, n: string) => `${what}, repeat ${n}`,
    count: (what: string, n: string) => `${n} ${what}`,
    story: (channel: string) => `shown slowly: ${channel}`,
    baseline: 'main thread alone',
    done: 'done',
  },
  'pt-BR': {
    threads: 'threads',
    processes: 'processos',
    repeat: (what: string, n: string) => `${what}, repetição ${n}`,
    count: (what: string, n: string) => `${n} ${what}`,
    story: (channel: string) => `em câmera lenta: ${channel}`,
    baseline: 'só a thread principal',
    done: 'fim',
  },
} satisfies Record<Language, unknown>;

const dictionaries: Record<Language, Dictionary> = { en, 'pt-BR': ptBR };

function lookup<T extends Record<string, string>>(table: T, key: string): string | undefined {
  return Object.hasOwn(table, key) ? (table[key as keyof T] as string) : undefined;
}

export function phaseTitle(name: string, language: Language): string {
  const w = words[language];
  const t = dictionaries[language];
  const named = lookup(t.phases, name);
  if (named) return named;
  const side = (raw: string) => (raw === 'threads' ? w.threads : w.processes);
  const repeat = /^(threads|processes)-repeat-(\d+)$/.exec(name);
  if (repeat) return w.repeat(side(repeat[1] ?? ''), repeat[2] ?? '');
  const count = /^(threads|processes)-(\d+)$/.exec(name);
  if (count) return w.count(side(count[1] ?? ''), count[2] ?? '');
  const story = /^story-(.+)$/.exec(name);
  if (story) return w.story(lookup(t.channels, story[1] ?? '') ?? story[1] ?? '');
  if (name === 'baseline') return w.baseline;
  if (name === 'done') return w.done;
  return name;
}

/** The language of a dictionary (describeEvent is given the dictionary, not the language). */
export function languageOf(t: Dictionary): Language {
  return t === ptBR ? 'pt-BR' : 'en';
}
