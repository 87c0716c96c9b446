/**
 * The memory lesson's own text, English and Brazilian Portuguese.
 * `pt-BR` is typed as the English object's type, so a missing key does not compile.
 */
import type { Localized } from '../../i18n/dictionary.js';

const en = {
  intro:
    'Each child process gets its own copy of x and adds to it: the parent’s x never changes. The threads of one process all add to the same x, so their increments add up.',
  sectionProcesses: 'Processes: each one has its own x',
  sectionThreads: 'Threads: one process, one shared x',
  sharedCell: 'one x, shared by every thread',
  whatToNotice: [
    'Every box is an address space, named by the real PID the operating system gave it.',
    'Each child receives a copy of x over IPC, then changes only that copy.',
    'After the children finish, the parent reads its own x: still 0.',
    'Threads are lanes inside one box: the same PID, each with its own TID.',
    'All threads write the same cell, so it ends at threads × increments.',
  ],
  nodeNoteTitle: 'Honest about Node.js',
  nodeNote: [
    'In Node, a worker thread has its own JavaScript heap: threads share only memory placed in a SharedArrayBuffer. That is why the shared x lives in a SharedArrayBuffer and is changed with Atomics.add.',
    'child_process.fork is fork + exec: it starts a fresh Node with no copy-on-write of the parent’s memory, so each child’s x starts as a copy sent over IPC. A C program calling fork() would get a copy-on-write copy instead; either way the child cannot touch the parent’s memory.',
  ],
  calloutsHeading: 'What just happened',
  calloutsEmpty: 'Explanations appear here as the run plays.',
  callouts: {
    childOwnCopy: ({ child, pid, value, parent }: { child: string; pid: string; value: string; parent: string }) =>
      `${child} (PID ${pid}) changed only its own copy (x = ${value}): parent still ${parent}.`,
    childrenOwnCopies: ({ count, parent }: { count: string; parent: string }) =>
      `${count} children each changed only their own copy of x: parent still ${parent}.`,
    parentRead: ({ value }: { value: string }) => `The parent read its own x: still ${value}. No child could reach it.`,
    threadsShared: ({ count, value }: { count: string; value: string }) => `${count} threads wrote to one cell: ${value}.`,
    noLostUpdates: ({ shared, threads, increments }: { shared: string; threads: string; increments: string }) =>
      `${shared} = ${threads} threads × ${increments} increments: no update was lost (Atomics.add).`,
    lostUpdates: ({ shared, expected }: { shared: string; expected: string }) =>
      `Only ${shared} of the expected ${expected}: some updates were lost.`,
    failed: ({ error }: { error: string }) => `The run failed: ${error}`,
  },
  results: {
    heading: 'Results, read back from real memory',
    waiting: 'The results appear when playback reaches the end of the run.',
    parentX: ({ pid }: { pid: string }) => `Parent’s x (PID ${pid})`,
    childX: ({ child, pid }: { child: string; pid: string }) => `${child}’s x (PID ${pid})`,
    sharedX: ({ pid }: { pid: string }) => `Shared x in PID ${pid}`,
    expectedSharedX: 'Expected: threads × increments',
    isolated: 'Isolated: every child changed only its own copy; the parent kept 0.',
    notIsolated: 'Unexpected: the parent’s x changed.',
    shared: 'Shared: all threads changed the same x and no update was lost.',
    lost: 'Updates were lost: the shared x is below threads × increments.',
    chartTitle: 'Final value of x in each address space',
    chartAxis: 'value of x (increments)',
    parentBar: 'parent',
    sharedBar: 'shared',
    failed: ({ error }: { error: string }) => `The run failed: ${error}`,
    unreadable: 'The run finished, but its result does not have the expected shape.',
  },
};

const ptBR: typeof en = {
  intro:
    'Cada processo filho recebe a sua própria cópia de x e soma nela: o x do pai nunca muda. As threads de um processo somam todas no mesmo x, então os incrementos se acumulam.',
  sectionProcesses: 'Processos: cada um tem o seu próprio x',
  sectionThreads: 'Threads: um processo, um x compartilhado',
  sharedCell: 'um só x, de todas as threads',
  whatToNotice: [
    'Cada caixa é um espaço de endereçamento, identificado pelo PID real que o sistema operacional deu.',
    'Cada filho recebe uma cópia de x por IPC e depois muda só essa cópia.',
    'Quando os filhos terminam, o pai lê o seu próprio x: continua 0.',
    'As threads são faixas dentro de uma só caixa: o mesmo PID, cada uma com o seu TID.',
    'Todas as threads escrevem na mesma célula, que termina em threads × incrementos.',
  ],
  nodeNoteTitle: 'Sendo honesto sobre o Node.js',
  nodeNote: [
    'No Node, uma worker thread tem o seu próprio heap de JavaScript: as threads só compartilham a memória colocada num SharedArrayBuffer. Por isso o x compartilhado fica num SharedArrayBuffer e é alterado com Atomics.add.',
    'child_process.fork é fork + exec: inicia um Node novo, sem copy-on-write da memória do pai; por isso o x de cada filho começa como uma cópia enviada por IPC. Um programa em C que chama fork() receberia uma cópia copy-on-write; nos dois casos o filho não consegue tocar na memória do pai.',
  ],
  calloutsHeading: 'O que acabou de acontecer',
  calloutsEmpty: 'As explicações aparecem aqui durante a reprodução.',
  callouts: {
    childOwnCopy: ({ child, pid, value, parent }) =>
      `${child} (PID ${pid}) mudou só a sua própria cópia (x = ${value}): o pai continua com ${parent}.`,
    childrenOwnCopies: ({ count, parent }) => `${count} filhos mudaram, cada um, só a sua própria cópia de x: o pai continua com ${parent}.`,
    parentRead: ({ value }) => `O pai leu o seu próprio x: continua ${value}. Nenhum filho conseguiu alcançá-lo.`,
    threadsShared: ({ count, value }) => `${count} threads escreveram numa mesma célula: ${value}.`,
    noLostUpdates: ({ shared, threads, increments }) =>
      `${shared} = ${threads} threads × ${increments} incrementos: nenhuma atualização se perdeu (Atomics.add).`,
    lostUpdates: ({ shared, expected }) => `Só ${shared} dos ${expected} esperados: algumas atualizações se perderam.`,
    failed: ({ error }) => `A execução falhou: ${error}`,
  },
  results: {
    heading: 'Resultados, lidos de volta da memória real',
    waiting: 'Os resultados aparecem quando a reprodução chega ao fim da execução.',
    parentX: ({ pid }) => `x do pai (PID ${pid})`,
    childX: ({ child, pid }) => `x de ${child} (PID ${pid})`,
    sharedX: ({ pid }) => `x compartilhado no PID ${pid}`,
    expectedSharedX: 'Esperado: threads × incrementos',
    isolated: 'Isolados: cada filho mudou só a sua cópia; o pai ficou com 0.',
    notIsolated: 'Inesperado: o x do pai mudou.',
    shared: 'Compartilhado: todas as threads mudaram o mesmo x e nenhuma atualização se perdeu.',
    lost: 'Houve atualizações perdidas: o x compartilhado ficou abaixo de threads × incrementos.',
    chartTitle: 'Valor final de x em cada espaço de endereçamento',
    chartAxis: 'valor de x (incrementos)',
    parentBar: 'pai',
    sharedBar: 'compartilhado',
    failed: ({ error }) => `A execução falhou: ${error}`,
    unreadable: 'A execução terminou, mas o resultado não tem o formato esperado.',
  },
};

export type MemoryText = typeof en;
export const text: Localized<MemoryText> = { en, 'pt-BR': ptBR };
