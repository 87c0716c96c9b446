/**
 * Where Node.js differs from the textbook on crashes, one note per id that a
 * crash run's result lists in `nodeNotes`. English and Brazilian Portuguese.
 */
import type { Localized } from '../../i18n/dictionary.js';
import type { NoteText } from '../../lessonKit/TextPanels.js';

type Note = Omit<NoteText, 'id'>;

const en: Record<string, Note> = {
  'fault-vs-exception': {
    title: 'A fault is not an exception',
    body: 'An uncaught JavaScript exception is a language error: Node catches it at the edge of the worker, ends that thread with exit code 1 and tells the parent. A fault, such as a segmentation fault, is a signal: the kernel delivers a real one to the faulting thread, but its default action ends the whole process, and no JavaScript code gets a say. Node cannot fault inside one thread on purpose, so here the lab sends SIGSEGV to the whole process (process.kill(process.pid, "SIGSEGV")): the same end, reached from outside the thread. Only the native (C) engine faults inside a thread.',
  },
  'signal-is-process-wide': {
    title: 'A fatal signal ends every thread',
    body: 'The default action of SIGSEGV and SIGABRT is to end the process, and a signal’s action is shared by all threads. When one thread triggers one, the kernel ends the whole process, every thread with it: none gets to run cleanup code, and a message a thread had just posted may never arrive. This is the textbook’s “one thread crashing can bring down the whole process”.',
  },
  'worker-exception-contained': {
    title: 'Node contains an exception to its worker',
    body: 'In C++, an uncaught exception in any thread calls std::terminate, which aborts the whole process (C has no exceptions; there a fault such as SIGSEGV in any thread ends the process). Node is kinder: an uncaught throw in a worker ends only that worker (exit code 1), the parent gets an "error" event, and the other threads keep running. Without an "error" listener, the error is thrown in the thread that created the worker (here the main thread), and the whole process exits.',
  },
  'worker-own-heap': {
    title: 'Threads share only a SharedArrayBuffer',
    body: 'Each Node worker has its own JavaScript heap, so a JavaScript bug cannot overwrite another worker’s ordinary objects. Memory placed in a SharedArrayBuffer is shared by all of them, and that is where the garbage lands here, as it could anywhere in a C program, whose threads share the whole heap.',
  },
  'corruption-is-silent': {
    title: 'Corruption crashes nothing',
    body: 'Overwriting shared data raises no error: the process stays up and its threads keep working with wrong data; only the lab’s checksums reveal it. A process that overwrites its own memory harms only itself: its siblings’ records live in other address spaces it cannot reach.',
  },
  'native-null-dereference': {
    title: 'Native engine (C): a real NULL dereference',
    body: 'This run was a C program, not Node: fork() without exec for the processes, pthreads for the threads. The victim process and the victim thread each stored through a NULL pointer; no signal was sent by hand. The kernel answered with SIGSEGV: it ended that one child, whose siblings live in other address spaces, and the whole process of the thread, every thread with it. The C parent learned how each child ended from waitpid().',
  },
  'oom-aborts': {
    title: 'Out of memory aborts the process',
    body: 'The failing process was started with a small heap limit (--max-old-space-size) and then allocated without end. V8 gives up with a fatal error and aborts, so the process dies of SIGABRT. Only that process: every other one has a heap of its own.',
  },
};

const ptBR: typeof en = {
  'fault-vs-exception': {
    title: 'Uma falha não é uma exceção',
    body: 'Uma exceção de JavaScript não capturada é um erro da linguagem: o Node a captura na borda do worker, encerra aquela thread com código de saída 1 e avisa o pai. Uma falha, como uma falha de segmentação, é um sinal: o kernel entrega o sinal real à thread que falhou, mas a ação padrão dele encerra o processo inteiro, e nenhum código JavaScript pode intervir. O Node não consegue falhar de propósito dentro de uma thread, então aqui o laboratório envia SIGSEGV ao processo inteiro (process.kill(process.pid, "SIGSEGV")): o mesmo fim, vindo de fora da thread. Só o motor nativo (C) falha dentro de uma thread.',
  },
  'signal-is-process-wide': {
    title: 'Um sinal fatal encerra todas as threads',
    body: 'A ação padrão de SIGSEGV e de SIGABRT é encerrar o processo, e a ação de um sinal é a mesma para todas as threads. Quando uma thread provoca um deles, o kernel encerra o processo inteiro, com todas as threads: nenhuma chega a rodar código de limpeza, e uma mensagem que uma thread acabara de enviar pode nunca chegar. É o “a falha de uma thread pode derrubar o processo inteiro” dos livros.',
  },
  'worker-exception-contained': {
    title: 'O Node contém a exceção no seu worker',
    body: 'Em C++, uma exceção não capturada em qualquer thread chama std::terminate, que aborta o processo inteiro (C não tem exceções; lá, uma falha como SIGSEGV em qualquer thread encerra o processo). O Node é mais gentil: um throw não capturado num worker encerra só aquele worker (código de saída 1), o pai recebe um evento "error" e as outras threads continuam. Sem um listener de "error", o erro é lançado na thread que criou o worker (aqui, a thread principal), e o processo inteiro termina.',
  },
  'worker-own-heap': {
    title: 'Threads só compartilham um SharedArrayBuffer',
    body: 'Cada worker do Node tem o seu próprio heap de JavaScript, então um bug em JavaScript não consegue sobrescrever os objetos comuns de outro worker. A memória colocada num SharedArrayBuffer é de todos, e é ali que o lixo cai aqui, como poderia cair em qualquer ponto de um programa em C, cujas threads compartilham o heap inteiro.',
  },
  'corruption-is-silent': {
    title: 'Corrupção não derruba nada',
    body: 'Sobrescrever dados compartilhados não gera erro: o processo continua de pé e as threads seguem trabalhando com dados errados; só os checksums do laboratório revelam. Um processo que sobrescreve a própria memória prejudica só a si mesmo: os registros dos irmãos vivem em outros espaços de endereçamento, fora do seu alcance.',
  },
  'native-null-dereference': {
    title: 'Motor nativo (C): uma desreferência de NULL de verdade',
    body: 'Esta execução foi um programa em C, não o Node: fork() sem exec para os processos, pthreads para as threads. O processo vítima e a thread vítima escreveram, cada um, através de um ponteiro NULL; nenhum sinal foi enviado à mão. O kernel respondeu com SIGSEGV: encerrou aquele único filho, cujos irmãos vivem em outros espaços de endereçamento, e o processo inteiro da thread, com todas as threads. O pai em C soube como cada filho terminou pelo waitpid().',
  },
  'oom-aborts': {
    title: 'Falta de memória aborta o processo',
    body: 'O processo que falha foi iniciado com um limite de heap pequeno (--max-old-space-size) e depois alocou sem parar. O V8 desiste com um erro fatal e aborta, então o processo morre por SIGABRT. Só aquele processo: cada um dos outros tem o seu próprio heap.',
  },
};

export const crashNotes: Localized<Record<string, Note>> = { en, 'pt-BR': ptBR };

/** The notes for these ids, in order; ids this page does not know are skipped (the list says which). */
export function notesFor(notes: Record<string, Note>, ids: readonly string[]): NoteText[] {
  return ids.filter((id) => Object.hasOwn(notes, id)).map((id) => ({ id, ...(notes[id] as Note) }));
}

/** The notes a run with these parameters will name (the same rule as the server), shown before the run too. */
export function expectedNotes(params: Readonly<Record<string, unknown>>): string[] {
  if (params['engine'] === 'native') return ['native-null-dereference', 'signal-is-process-wide'];
  const notes = ['fault-vs-exception'];
  if (params['threadFault'] === 'sigsegv') notes.push('signal-is-process-wide');
  if (params['threadFault'] === 'exception') notes.push('worker-exception-contained');
  if (params['threadFault'] === 'corruption') notes.push('worker-own-heap', 'corruption-is-silent');
  if (params['processFault'] === 'oom') notes.push('oom-aborts');
  return notes;
}
