/**
 * The memory lesson's own text, English and Brazilian Portuguese.
 * `pt-BR` is typed as the English object's type, so a missing key does not compile.
 */
import type { Language, Localized } from '../../i18n/dictionary.js';
import { formattersFor, type PluralForms } from '../../i18n/format.js';

/** The plural form for a count already formatted as an integer (its digits are the number). */
function formOf(language: Language, count: string, forms: PluralForms): string {
  return formattersFor(language).pluralForm(Number(count.replace(/\D/g, '')), forms);
}

const en = {
  intro:
    'Each child process gets its own copy of x and adds to it: the parent’s x never changes. The threads of one process all add to the same x, so their increments add up.',
  sectionProcesses: 'Processes: each one has its own x',
  sectionThreads: 'Threads: one process, one shared x',
  sharedCell: 'one x, shared by every thread',
  whatToNotice: [
    'Every box is an address space, named by the real PID the operating system gave it.',
    'Each child receives a copy of x over IPC, then changes only that copy.',
    'When the children have finished adding (each still holds its copy), the parent reads its own x: still 0.',
    'Threads are lanes inside one box: the same PID, each with its own TID.',
    'All threads add to the same cell with atomic increments, so it ends at threads × increments.',
  ],
  linuxThreads: {
    heading: 'Threads on Linux: PID, TID, and what they share',
    items: [
      'To the Linux kernel a thread is a task, as a process is: a task created by clone() with CLONE_VM and CLONE_THREAD shares its creator’s address space and joins its thread group.',
      'The PID a program sees (getpid()) is the thread group’s id, the TGID: the same in every thread. gettid() returns each thread’s own TID; the first thread’s TID equals the PID. Each thread has a directory /proc/<pid>/task/<tid>.',
      'Threads of one process share more than memory: open file descriptors (CLONE_FILES), the current working directory (CLONE_FS), signal dispositions, i.e. what each signal does (CLONE_SIGHAND), the PID, and the user and group ids.',
      'Each thread has its own stack, registers (saved and restored at each context switch, when the kernel takes a core from one task and gives it to another), TID, signal mask and errno.',
    ],
  },
  nodeNoteTitle: 'Honest about Node.js',
  nodeNote: [
    'In Node, a worker thread has its own JavaScript heap: threads share only memory placed in a SharedArrayBuffer. That is why the shared x lives in a SharedArrayBuffer. Each thread increments it with an atomic compare-and-swap (Atomics.compareExchange) and reads the clock inside it, so the log shows the values in the order they were written.',
    'child_process.fork is fork + exec: the new process execs a fresh Node, which replaces its memory, so nothing of the parent’s heap is left in it (no copy-on-write), and each child’s x starts as a copy sent over IPC. A C program calling fork() alone would get a copy-on-write copy instead; either way the child cannot touch the parent’s memory.',
  ],
  stage: {
    address: ({ address }: { address: string }) => `&x = ${address}`,
    pageFaults: ({ count }: { count: string }) => `minor page faults: ${count}`,
  },
  native: {
    whatToNotice: [
      'Every box is an address space, named by the real PID the operating system gave it; the parent box is the C program.',
      'Each child reads x at the same address as the parent, with the parent’s value: fork() has copied no page yet, only the page tables.',
      'The child’s first write adds a minor page fault (the CPU stops the write to a page the process may not yet write, and the kernel resolves it without reading the disk): the kernel copies the page only now. Later writes to x copy nothing more (the count may still rise by one for the child’s other work, such as writing its log).',
      'The parent reads its own x while every child still holds its own: still 0, at that same address.',
      'The threads share their process’s PID, each with its own TID, and one x at one address: it ends at threads × increments.',
    ],
    noteTitle: 'Native engine (C): fork without exec',
    note: [
      'This variant runs a C program, not Node. Its fork() has no exec after it, so each child starts as a copy-on-write copy of the parent: unlike Node’s child_process.fork, which is fork + exec of a fresh Node.',
      'Copy-on-write: after fork() parent and child share x’s page read-only, so the child sees x at the same virtual address with the parent’s value. Its first write causes a page fault (the CPU stops at a page the process may not write, and the kernel takes over): the kernel copies that one page, and from then on the two x’s differ.',
      'The address is virtual: the same number in the parent and every child (fork() copies the layout of the address space), mapped to a different physical page in each child once it wrote. Page faults are read by each child from /proc/self/stat (field 10, minflt) just before and just after its first write.',
      'The threads are pthreads of one process: not copies, so one address and one x; they add with atomic increments. The lab writes each new value to its log in the same step (under a lock of the log), so the log shows x in the order it was written.',
    ],
  },
  calloutsHeading: 'What just happened',
  calloutsEmpty: 'Explanations appear here as the run plays.',
  callouts: {
    childOwnCopy: ({ child, pid, value, parent }: { child: string; pid: string; value: string; parent: string }) =>
      `${child} (PID ${pid}) changed only its own copy (x = ${value}): parent still ${parent}.`,
    childrenOwnCopies: ({ count, parent }: { count: string; parent: string }) =>
      `${count} ${formOf('en', count, { one: 'child changed only its', other: 'children each changed only their' })} own copy of x: parent still ${parent}.`,
    parentRead: ({ value }: { value: string }) => `The parent read its own x: still ${value}. No child could reach it.`,
    threadsShared: ({ count, value }: { count: string; value: string }) => `${count} ${formOf('en', count, { one: 'thread', other: 'threads' })} wrote to one cell: ${value}.`,
    noLostUpdates: ({ shared, threads, increments }: { shared: string; threads: string; increments: string }) =>
      `${shared} = ${threads} ${formOf('en', threads, { one: 'thread', other: 'threads' })} × ${increments} ${formOf('en', increments, { one: 'increment', other: 'increments' })}: no update was lost (atomic increments).`,
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
    nativeHeading: 'Where x lives (native engine, C)',
    nativeActor: 'process / thread',
    nativeId: 'PID / TID',
    nativeAddress: 'address of x (&x)',
    nativeValue: 'final x',
    nativeFaults: 'minor page faults: before → after the first write → at the end',
    sameAddress: ({ address }: { address: string }) => `Same virtual address ${address} in the parent, every child and every thread.`,
    differentAddresses: 'The addresses differ: the program did not map x at one virtual address.',
    copyOnWrite: ({ faults }: { faults: string }) =>
      `Copy-on-write: each child’s first write to x cost ${faults} minor page ${formOf('en', faults, { one: 'fault', other: 'faults' })}, later writes none.`,
    noCopy: 'No page fault was counted at a child’s first write: no copy-on-write copy was seen.',
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
    'Quando os filhos terminam de somar (cada um ainda com a sua cópia), o pai lê o seu próprio x: continua 0.',
    'As threads são faixas dentro de uma só caixa: o mesmo PID, cada uma com o seu TID.',
    'Todas as threads somam na mesma célula com incrementos atômicos, que então termina em threads × incrementos.',
  ],
  linuxThreads: {
    heading: 'Threads no Linux: PID, TID e o que elas compartilham',
    items: [
      'Para o kernel do Linux, uma thread é uma tarefa (task), como um processo também é: uma tarefa criada por clone() com CLONE_VM e CLONE_THREAD compartilha o espaço de endereçamento de quem a criou e entra no mesmo grupo de threads.',
      'O PID que um programa vê (getpid()) é o identificador do grupo de threads, o TGID: o mesmo em todas as threads. gettid() devolve o TID de cada thread; o TID da primeira thread é igual ao PID. Cada thread tem um diretório /proc/<pid>/task/<tid>.',
      'As threads de um processo compartilham mais que a memória: os descritores de arquivo abertos (CLONE_FILES), o diretório de trabalho atual (CLONE_FS), os tratadores de sinais, isto é, o que cada sinal faz (CLONE_SIGHAND), o PID e os ids de usuário e de grupo.',
      'Cada thread tem a sua própria pilha, os seus registradores (salvos e restaurados a cada troca de contexto, quando o kernel tira um núcleo de uma tarefa e o dá a outra), o seu TID, a sua máscara de sinais e o seu errno.',
    ],
  },
  nodeNoteTitle: 'Sendo honesto sobre o Node.js',
  nodeNote: [
    'No Node, uma worker thread tem o seu próprio heap de JavaScript: as threads só compartilham a memória colocada num SharedArrayBuffer. Por isso o x compartilhado fica num SharedArrayBuffer. Cada thread o incrementa com uma troca atômica por comparação (Atomics.compareExchange) e lê o relógio dentro dela, então o registro mostra os valores na ordem em que foram escritos.',
    'child_process.fork é fork + exec: o novo processo executa (exec) um Node novo, que substitui a sua memória, então nada do heap do pai fica nele (sem copy-on-write), e o x de cada filho começa como uma cópia enviada por IPC. Um programa em C que só chama fork() receberia uma cópia copy-on-write; nos dois casos o filho não consegue tocar na memória do pai.',
  ],
  stage: {
    address: ({ address }) => `&x = ${address}`,
    pageFaults: ({ count }) => `faltas de página menores: ${count}`,
  },
  native: {
    whatToNotice: [
      'Cada caixa é um espaço de endereçamento, identificado pelo PID real que o sistema operacional deu; a caixa do pai é o programa em C.',
      'Cada filho lê x no mesmo endereço do pai, com o valor do pai: o fork() ainda não copiou nenhuma página, só as tabelas de páginas.',
      'A primeira escrita do filho soma uma falta de página menor (o processador interrompe a escrita numa página que o processo ainda não pode escrever, e o kernel a resolve sem ler o disco): só agora o kernel copia a página. As escritas seguintes em x não copiam mais nada (a contagem ainda pode subir em um, por outro trabalho do filho, como escrever o seu registro).',
      'O pai lê o seu próprio x enquanto cada filho ainda tem o seu: continua 0, naquele mesmo endereço.',
      'As threads compartilham o PID do seu processo, cada uma com o seu TID, e um x num só endereço: ele termina em threads × incrementos.',
    ],
    noteTitle: 'Motor nativo (C): fork sem exec',
    note: [
      'Esta variante roda um programa em C, não o Node. O fork() dele não tem exec depois, então cada filho começa como uma cópia copy-on-write do pai: ao contrário do child_process.fork do Node, que é fork + exec de um Node novo.',
      'Copy-on-write: depois do fork() pai e filho compartilham a página de x só para leitura, então o filho vê x no mesmo endereço virtual e com o valor do pai. A primeira escrita dele gera uma falta de página (page fault: o processador para numa página que o processo não pode escrever, e o kernel assume): o kernel copia aquela página, e daí em diante os dois x são diferentes.',
      'O endereço é virtual: o mesmo número no pai e em cada filho (o fork() copia o layout do espaço de endereçamento), mapeado para uma página física diferente em cada filho depois que ele escreveu. Cada filho lê as suas faltas de página em /proc/self/stat (campo 10, minflt) logo antes e logo depois da primeira escrita.',
      'As threads são pthreads de um só processo: não são cópias, então há um endereço e um x; elas somam com incrementos atômicos. O laboratório registra cada novo valor no mesmo passo (sob uma trava do registro), então o registro mostra x na ordem em que foi escrito.',
    ],
  },
  calloutsHeading: 'O que acabou de acontecer',
  calloutsEmpty: 'As explicações aparecem aqui durante a reprodução.',
  callouts: {
    childOwnCopy: ({ child, pid, value, parent }) =>
      `${child} (PID ${pid}) mudou só a própria cópia (x = ${value}): o pai segue com ${parent}.`,
    childrenOwnCopies: ({ count, parent }) =>
      `${count} ${formOf('pt-BR', count, { one: 'filho mudou só a sua', other: 'filhos mudaram, cada um, só a sua' })} própria cópia de x: o pai continua com ${parent}.`,
    parentRead: ({ value }) => `O pai leu o seu próprio x: continua ${value}. Nenhum filho conseguiu alcançá-lo.`,
    threadsShared: ({ count, value }) => `${count} ${formOf('pt-BR', count, { one: 'thread escreveu', other: 'threads escreveram' })} numa mesma célula: ${value}.`,
    noLostUpdates: ({ shared, threads, increments }) =>
      `${shared} = ${threads} ${formOf('pt-BR', threads, { one: 'thread', other: 'threads' })} × ${increments} ${formOf('pt-BR', increments, { one: 'incremento', other: 'incrementos' })}: nenhuma atualização se perdeu (incrementos atômicos).`,
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
    nativeHeading: 'Onde x mora (motor nativo, C)',
    nativeActor: 'processo / thread',
    nativeId: 'PID / TID',
    nativeAddress: 'endereço de x (&x)',
    nativeValue: 'x final',
    nativeFaults: 'faltas de página menores: antes → depois da primeira escrita → no fim',
    sameAddress: ({ address }) => `Mesmo endereço virtual ${address} no pai, em cada filho e em cada thread.`,
    differentAddresses: 'Os endereços diferem: o programa não mapeou x num mesmo endereço virtual.',
    copyOnWrite: ({ faults }) =>
      `Copy-on-write: a primeira escrita de cada filho em x custou ${faults} ${formOf('pt-BR', faults, { one: 'falta de página menor', other: 'faltas de página menores' })}; as seguintes, nenhuma.`,
    noCopy: 'Nenhuma falta de página foi contada na primeira escrita de um filho: não se viu cópia copy-on-write.',
  },
};

export type MemoryText = typeof en;
export const text: Localized<MemoryText> = { en, 'pt-BR': ptBR };
