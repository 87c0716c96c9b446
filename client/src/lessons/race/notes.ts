/**
 * Where Node.js differs from the textbook on races, one note per id that a
 * race run's result lists in `nodeNotes`. English and Brazilian Portuguese.
 */
import type { Localized } from '../../i18n/dictionary.js';
import type { NoteText } from '../../lessonKit/TextPanels.js';

type Note = Omit<NoteText, 'id'>;

const en: Record<string, Note> = {
  'sab-only-shared': {
    title: 'Only a SharedArrayBuffer is shared',
    body: 'Node worker threads each have their own JavaScript heap: an ordinary variable is never shared, so it cannot race. The counter (and step mode’s x) lives in a SharedArrayBuffer, the one kind of memory all threads of the process see, which is where races, and Atomics, come in. In step mode each thread’s “register” is a local variable of that thread, standing for the CPU register a compiled x++ would use.',
  },
  'plain-int32-race': {
    title: 'The plain increment is a real race',
    body: '“plain” is counter[0] = counter[0] + 1 on an Int32Array over shared memory: a load, an add and a store, as a C compiler makes of x++ on a plain int (in C that is a data race, undefined behaviour). Another thread’s store between this thread’s load and store is overwritten. Atomics.add does the three as one indivisible step; the lock (built on Atomics.compareExchange, wait and notify) lets only one thread in at a time.',
  },
};

const ptBR: typeof en = {
  'sab-only-shared': {
    title: 'Só um SharedArrayBuffer é compartilhado',
    body: 'Cada worker thread do Node tem o seu próprio heap de JavaScript: uma variável comum nunca é compartilhada, então não entra em condição de corrida. O contador (e o x do passo a passo) fica num SharedArrayBuffer, o único tipo de memória que todas as threads do processo enxergam, e é aí que entram as condições de corrida, e os Atomics. No passo a passo, o “registrador” de cada thread é uma variável local dela, no papel do registrador da CPU que um x++ compilado usaria.',
  },
  'plain-int32-race': {
    title: 'O incremento plain é uma corrida de verdade',
    body: '“plain” é counter[0] = counter[0] + 1 num Int32Array sobre memória compartilhada: uma leitura, uma soma e uma escrita, como um compilador C faz de x++ num int comum (em C isso é uma condição de corrida nos dados, comportamento indefinido). Uma escrita de outra thread entre a leitura e a escrita desta é sobrescrita. Atomics.add faz as três como um passo indivisível; o lock (feito com Atomics.compareExchange, wait e notify) deixa entrar uma thread por vez.',
  },
};

export const raceNotes: Localized<Record<string, Note>> = { en, 'pt-BR': ptBR };

/** The notes for these ids, in order; ids this page does not know are skipped. */
export function notesFor(notes: Record<string, Note>, ids: readonly string[]): NoteText[] {
  return ids.filter((id) => Object.hasOwn(notes, id)).map((id) => ({ id, ...(notes[id] as Note) }));
}
