/** The crash lesson's actors named in the reader's language, alone or in a list ("processes 1, 3 and 4"). */
import type { Language } from '../../i18n/dictionary.js';
import type { CrashText } from './text.js';

export function crashActorName(text: CrashText, actorId: string, threadedName: string): string {
  const match = /^(proc|thread)-(\d+)$/.exec(actorId);
  if (match?.[2]) return match[1] === 'proc' ? text.actors.process({ n: match[2] }) : text.actors.thread({ n: match[2] });
  return actorId === 'threaded' ? threadedName : actorId;
}

/** "process 2", or "processes 1, 3 and 4" for several of one kind (ids proc-N or thread-N). */
export function actorList(text: CrashText, language: Language, actorIds: readonly string[]): string {
  const numbers = actorIds.map((id) => /-(\d+)$/.exec(id)?.[1] ?? id);
  const first = actorIds[0] ?? '';
  if (actorIds.length === 1) return crashActorName(text, first, first);
  const list = new Intl.ListFormat(language, { type: 'conjunction' }).format(numbers);
  return first.startsWith('proc-') ? text.actors.processes({ list }) : text.actors.threads({ list });
}
