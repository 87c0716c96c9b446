/**
 * Where Node.js differs from the textbook in the backend lesson, one note
 * per id that a run's result lists in `nodeNotes`. English and Brazilian Portuguese.
 */
import type { Localized } from '../../i18n/dictionary.js';
import type { NoteText } from '../../lessonKit/TextPanels.js';

type Note = Omit<NoteText, 'id'>;

const en: Record<string, Note> = {
  'worker-own-isolate': {
    title: 'A Node worker thread is a thread with its own JavaScript engine',
    body: 'The pool’s threads are real OS threads of one process (one PID, their own TIDs), but each runs its own V8 isolate and heap: a request’s data is copied to the thread with postMessage, not shared. A Java thread pool shares one heap. Node’s main thread still parses every HTTP request here; only the CPU job runs on the workers.',
  },
  'cluster-primary-accepts': {
    title: 'In a Node cluster, the primary hands out connections',
    body: 'On Linux, node:cluster’s primary accepts each new connection and passes it to a worker in turn (round robin). A kept-alive connection stays with its worker, so a replacement only gets new connections; that is why the fault window opens a fresh connection per request.',
  },
  'signal-is-process-wide': {
    title: 'The crash is a real signal, not an exception',
    body: 'An uncaught exception in a Node worker ends only that worker. A fault such as a segmentation fault is a signal whose default action ends the whole process, whichever thread it was delivered to; Node cannot fault inside one thread on purpose, so the lab sends SIGSEGV to the whole process (process.kill(process.pid, "SIGSEGV")): the same end, reached from outside the thread. Core dumps are off.',
  },
  'loopback-is-short': {
    title: 'Loopback is the shortest network there is',
    body: 'The two services talk real HTTP over TCP through the kernel’s loopback interface: every byte goes through the TCP stack, but never over a wire. Between two machines, add the network’s own round trip, which loopback does not have, to the hop measured here.',
  },
};

const ptBR: typeof en = {
  'worker-own-isolate': {
    title: 'Uma worker thread do Node é uma thread com o seu próprio motor JavaScript',
    body: 'As threads do pool são threads reais do sistema num só processo (um PID, TIDs próprios), mas cada uma roda o seu próprio isolate do V8 e o seu próprio heap: os dados de uma requisição são copiados para a thread com postMessage, não compartilhados. Um pool de threads em Java compartilha um heap só. A thread principal do Node ainda interpreta cada requisição HTTP aqui; só o trabalho de CPU roda nas workers.',
  },
  'cluster-primary-accepts': {
    title: 'Num cluster do Node, o primário distribui as conexões',
    body: 'No Linux, o primário do node:cluster aceita cada conexão nova e a passa a um worker por vez (round robin). Uma conexão keep-alive fica com o seu worker, então um substituto só recebe conexões novas; por isso a janela da falha abre uma conexão nova por requisição.',
  },
  'signal-is-process-wide': {
    title: 'A queda é um sinal real, não uma exceção',
    body: 'Uma exceção não tratada numa worker do Node encerra só aquela worker. Uma falha como uma falha de segmentação é um sinal cuja ação padrão encerra o processo inteiro, qualquer que seja a thread que o recebeu; o Node não consegue falhar de propósito dentro de uma thread, então o laboratório envia SIGSEGV ao processo inteiro (process.kill(process.pid, "SIGSEGV")): o mesmo fim, vindo de fora da thread. Core dumps estão desligados.',
  },
  'loopback-is-short': {
    title: 'O loopback é a rede mais curta que existe',
    body: 'Os dois serviços falam HTTP real sobre TCP pela interface de loopback do kernel: cada byte passa pela pilha TCP, mas nunca por um cabo. Entre duas máquinas, some ao salto medido aqui o tempo de ida e volta da própria rede, que o loopback não tem.',
  },
};

export const backendNotes: Localized<Record<string, Note>> = { en, 'pt-BR': ptBR };
/** The notes a backend run usually carries, shown before the first run. */
export const usualNotes = ['worker-own-isolate', 'cluster-primary-accepts', 'signal-is-process-wide', 'loopback-is-short'];

export function notesFor(notes: Record<string, Note>, ids: readonly string[]): NoteText[] {
  return ids.flatMap((id) => (Object.hasOwn(notes, id) ? [{ id, ...(notes[id] as Note) }] : []));
}
