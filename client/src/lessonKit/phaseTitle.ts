/**
 * Readable names for the phase names servers send in patterns
 * ("threads-repeat-2", "processes-4", "story-ipc-json"), in the page's
 * language. A name no pattern knows is shown as sent. Pure.
 */
import type { Language } from '../i18n/dictionary.js';

const words = {
  en: {
    threads: 'threads',
    processes: 'processes',
    repeat: (what: string, n: string) => `${what}, repeat ${n}`,
    count: (what: string, n: string) => `${n} ${what}`,
    story: (channel: string) => `story: ${channel}`,
    baseline: 'main thread alone',
    done: 'done',
  },
  'pt-BR': {
    threads: 'threads',
    processes: 'processos',
    repeat: (what: string, n: string) => `${what}, repetição ${n}`,
    count: (what: string, n: string) => `${n} ${what}`,
    story: (channel: string) => `história: ${channel}`,
    baseline: 'só a thread principal',
    done: 'fim',
  },
} satisfies Record<Language, unknown>;

export function phaseTitle(name: string, language: Language): string {
  const w = words[language];
  const side = (raw: string) => (raw === 'threads' ? w.threads : w.processes);
  const repeat = /^(threads|processes)-repeat-(\d+)$/.exec(name);
  if (repeat) return w.repeat(side(repeat[1] ?? ''), repeat[2] ?? '');
  const count = /^(threads|processes)-(\d+)$/.exec(name);
  if (count) return w.count(side(count[1] ?? ''), count[2] ?? '');
  const story = /^story-(.+)$/.exec(name);
  if (story) return w.story(story[1] ?? '');
  if (name === 'baseline') return w.baseline;
  if (name === 'done') return w.done;
  return name;
}
