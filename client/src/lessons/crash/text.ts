/**
 * The crash lesson's own text, English and Brazilian Portuguese.
 * `pt-BR` is typed as the English object's type, so a missing key does not compile.
 */
import type { Language, Localized } from '../../i18n/dictionary.js';
import { formattersFor, type PluralForms } from '../../i18n/format.js';

type N = { n: string };
type Who = { actor: string };
/** A count in figures and in number: the figures are shown, the number picks the plural form (Intl.PluralRules). */
type Count = { shown: string; n: number };
type Siblings = Who & { alive: Count; total: Count };

const formOf = (language: Language) => (n: number, forms: PluralForms) => formattersFor(language).pluralForm(n, forms);
const enForm = formOf('en');
const ptForm = formOf('pt-BR');

const en = {
  intro:
    'Both sides fail at the same moment. Left: separate processes, one of which really crashes. Right: one process whose second thread really fails. Each spike is a real heartbeat its actor sent; the dashed line is the fault.',
  sectionProcesses: 'Processes: an address space each',
  sectionThreads: 'Threads: one process, one address space',
  whatToNotice: [
    'Each process box has its own PID: when process 2 dies, the others have no reason to notice.',
    'All the threads are lanes of one box, one PID: a fatal signal’s default action ends the whole box, and every lane stops with it.',
    'With “uncaught exception”, Node ends only the throwing thread: its siblings keep beating.',
    'With “memory corruption”, nothing crashes, yet every thread starts reading corrupt records: shared memory spreads the damage silently.',
    'Each box shows how it really ended: a process, what its parent got from waitpid() (an exit code, or the signal that killed it); a Node thread, the exit code Node reports. A shell would print a death by signal N as 128 + N (139 for SIGSEGV): that is the shell’s convention, not what the kernel reports.',
  ],
  options: {
    exception: 'uncaught exception',
    sigsegv: 'fatal signal (SIGSEGV)',
    sigabrt: 'abort() → SIGABRT',
    oom: 'out of memory',
    corruption: 'memory corruption (overwrite records)',
  } as Record<string, string>,
  threadFaultNote: 'Thread 2 fails; in the processes, process 2.',
  phases: { heartbeats: 'heartbeats' } as Record<string, string>,
  actors: {
    process: ({ n }: N) => `process ${n}`,
    thread: ({ n }: N) => `thread ${n}`,
    processes: ({ list }: { list: string }) => `processes ${list}`,
    threads: ({ list }: { list: string }) => `threads ${list}`,
  },
  stage: {
    records: 'records',
    intact: 'intact',
    scribbled: 'overwritten',
    recordsShared: 'one block of records, shared by every thread',
    recordsScribbled: ({ actor }: Who) => `${actor} wrote over the records every thread shares`,
    corruptSeen: ({ count }: { count: string }) => `reads ${count} corrupt records`,
    ownCorrupt: ({ count }: { count: string }) => `reads ${count} corrupt records in its own memory`,
    heartbeats: ({ count }: { count: string }) => `${count} heartbeats`,
    killedBy: ({ signal }: { signal: string }) => `killed by ${signal}`,
    exitedWith: ({ code }: { code: string }) => `exited with code ${code}`,
    processDied: 'process died',
  },
  faults: {
    sigsegv: ({ actor }: Who) => `${actor}: fatal signal SIGSEGV`,
    sigabrt: ({ actor }: Who) => `${actor}: abort(), signal SIGABRT`,
    oom: ({ actor }: Who) => `${actor}: allocating until its heap runs out`,
    exception: ({ actor }: Who) => `${actor}: uncaught exception (throw)`,
    processCorruption: ({ actor }: Who) => `${actor} overwrites its own records with garbage`,
    threadCorruption: ({ actor }: Who) => `${actor} overwrites the records all threads share with garbage`,
    nullDereference: ({ actor }: Who) => `${actor}: stores through a NULL pointer (C)`,
    other: ({ actor, fault }: Who & { fault: string }) => `${actor}: fault “${fault}”`,
  },
  callouts: {
    processesBeating: ({ count }: { count: Count }) =>
      `${count.shown} ${enForm(count.n, { one: 'process, in its own memory, sending', other: 'processes, each in its own memory, each sending' })} heartbeats.`,
    threadsBeating: ({ count, pid }: { count: Count; pid: string }) =>
      `${count.shown} ${enForm(count.n, { one: 'thread', other: 'threads' })} inside one process, PID ${pid}, ${enForm(count.n, { one: 'sending', other: 'each sending' })} heartbeats.`,
    processDied: ({ actor, how }: Who & { how: string }) => `${actor} died (${how}). Only its own memory went with it.`,
    siblingsBeatOn: ({ alive, total, actor }: Siblings) =>
      `${alive.shown} of ${total.shown} sibling ${enForm(total.n, { one: 'process', other: 'processes' })} beat on after ${actor} died.`,
    wholeProcessDied: ({ how, count }: { how: string; count: Count }) =>
      `${how} ended the whole process: ${enForm(count.n, { one: `its ${count.shown} thread`, other: `all ${count.shown} threads` })} stopped with it.`,
    threadEnded: ({ actor, how }: Who & { how: string }) => `${actor} ended (${how}, per Node): Node contained the exception to that thread.`,
    threadSiblingsBeatOn: ({ alive, total, actor }: Siblings) =>
      `${alive.shown} of ${total.shown} sibling ${enForm(total.n, { one: 'thread', other: 'threads' })} beat on after ${actor} ended.`,
    siblingsReadCorrupt: ({ count, readers, readerCount }: { count: string; readers: string; readerCount: number }) =>
      `${readers} now ${enForm(readerCount, { one: 'reads', other: 'read' })} ${count} corrupt records. The process is still up.`,
    ownCorruption: ({ actor, count }: Who & { count: string }) => `${actor} sees ${count} corrupt records in its own memory; its siblings see none.`,
    failed: ({ error }: { error: string }) => `The run failed: ${error}`,
  },
  explainHeading: 'Exception, fault, corruption',
  explain: [
    'An exception is the language’s error: Node catches it at the edge of the worker thread, so only that thread ends.',
    'A fault (a segmentation fault, an abort) raises a signal whose default action ends the whole process, even when it was delivered to one thread: every thread dies with it.',
    'Corruption crashes nothing: a thread that overwrites shared memory with garbage silently poisons what its siblings read. A process writes only into its own address space (unless it maps shared memory on purpose), so here it harms only itself.',
  ],
  calloutsHeading: 'What just happened',
  calloutsEmpty: 'Explanations appear here as the run plays.',
  nodeNotesHeading: 'Honest about Node.js',
  results: {
    heading: 'Results: who kept beating',
    verdictHeading: 'Verdict: this run, on this machine',
    waiting: 'The results appear when playback reaches the end of the run.',
    failed: ({ error }: { error: string }) => `The run failed: ${error}`,
    unreadable: 'The run finished, but its result does not have the expected shape.',
    columnActor: 'Actor',
    columnId: 'PID / TID',
    columnEnd: 'How it ended',
    columnBeats: 'Heartbeats after the failure',
    failedHere: 'failed here',
    corruption: ({ victim, siblings }: { victim: string; siblings: string }) =>
      `Corruption in a process: it saw ${victim} corrupt records in its own memory; its siblings saw ${siblings}.`,
    chartTitle: 'Heartbeats after the failure, per actor',
    chartAxis: 'heartbeats after the failure',
    chartNote: 'Counted from the moment the failing process died (processes), and from the moment the threads’ process died, or the thread failed if the process survived (threads).',
    legendProcess: 'process',
    legendThread: 'thread',
    legendFailed: 'the one that failed',
  },
};

const ptBR: typeof en = {
  intro:
    'Os dois lados falham no mesmo instante. À esquerda: processos separados, um dos quais quebra de verdade. À direita: um processo cuja segunda thread falha de verdade. Cada pico é um batimento real enviado pelo ator; a linha tracejada é a falha.',
  sectionProcesses: 'Processos: um espaço de endereçamento cada',
  sectionThreads: 'Threads: um processo, um espaço de endereçamento',
  whatToNotice: [
    'Cada caixa de processo tem o seu PID: quando o processo 2 morre, os outros não têm por que perceber.',
    'Todas as threads são faixas de uma só caixa, um só PID: a ação padrão de um sinal fatal encerra a caixa inteira, e todas as faixas param junto.',
    'Com “exceção não capturada”, o Node encerra só a thread que lançou a exceção: as irmãs continuam batendo.',
    'Com “corrupção de memória”, nada quebra, mas todas as threads passam a ler registros corrompidos: a memória compartilhada espalha o estrago em silêncio.',
    'Cada caixa mostra como terminou de fato: um processo, o que o pai recebeu do waitpid() (um código de saída, ou o sinal que o matou); uma thread do Node, o código de saída que o Node informa. Um shell mostraria a morte pelo sinal N como 128 + N (139 para SIGSEGV): é uma convenção do shell, não o que o kernel informa.',
  ],
  options: {
    exception: 'exceção não capturada',
    sigsegv: 'sinal fatal (SIGSEGV)',
    sigabrt: 'abort() → SIGABRT',
    oom: 'falta de memória',
    corruption: 'corrupção de memória (sobrescrever registros)',
  },
  threadFaultNote: 'A thread 2 falha; entre os processos, o processo 2.',
  phases: { heartbeats: 'batimentos' },
  actors: {
    process: ({ n }) => `processo ${n}`,
    thread: ({ n }) => `thread ${n}`,
    processes: ({ list }) => `processos ${list}`,
    threads: ({ list }) => `threads ${list}`,
  },
  stage: {
    records: 'registros',
    intact: 'intactos',
    scribbled: 'sobrescritos',
    recordsShared: 'um bloco de registros, de todas as threads',
    recordsScribbled: ({ actor }) => `${actor} sobrescreveu os registros de todas as threads`,
    corruptSeen: ({ count }) => `lê ${count} registros corrompidos`,
    ownCorrupt: ({ count }) => `lê ${count} registros corrompidos na própria memória`,
    heartbeats: ({ count }) => `${count} batimentos`,
    killedBy: ({ signal }) => `morto por ${signal}`,
    exitedWith: ({ code }) => `saiu com código ${code}`,
    processDied: 'o processo morreu',
  },
  faults: {
    sigsegv: ({ actor }) => `${actor}: sinal fatal SIGSEGV`,
    sigabrt: ({ actor }) => `${actor}: abort(), sinal SIGABRT`,
    oom: ({ actor }) => `${actor}: aloca até acabar o heap`,
    exception: ({ actor }) => `${actor}: exceção não capturada (throw)`,
    processCorruption: ({ actor }) => `${actor} sobrescreve os próprios registros com lixo`,
    threadCorruption: ({ actor }) => `${actor} sobrescreve com lixo os registros de todas as threads`,
    nullDereference: ({ actor }) => `${actor}: escreve através de um ponteiro NULL (C)`,
    other: ({ actor, fault }) => `${actor}: falha “${fault}”`,
  },
  callouts: {
    processesBeating: ({ count }) =>
      `${count.shown} ${ptForm(count.n, { one: 'processo, na sua própria memória, enviando', other: 'processos, cada um na sua memória, cada um enviando' })} batimentos.`,
    threadsBeating: ({ count, pid }) =>
      `${count.shown} ${ptForm(count.n, { one: 'thread', other: 'threads' })} dentro de um só processo, PID ${pid}, ${ptForm(count.n, { one: 'enviando', other: 'cada uma enviando' })} batimentos.`,
    processDied: ({ actor, how }) => `${actor} morreu (${how}). Só a memória dele foi junto.`,
    siblingsBeatOn: ({ alive, total, actor }) =>
      `${alive.shown} de ${total.shown} ${ptForm(total.n, { one: 'processo irmão', other: 'processos irmãos' })} ${ptForm(alive.n, { one: 'seguiu', other: 'seguiram' })} batendo depois que ${actor} morreu.`,
    wholeProcessDied: ({ how, count }) =>
      `${how} encerrou o processo inteiro: ${ptForm(count.n, { one: `a sua ${count.shown} thread parou`, other: `as ${count.shown} threads pararam` })} junto.`,
    threadEnded: ({ actor, how }) => `${actor} terminou (${how}, segundo o Node): o Node conteve a exceção naquela thread.`,
    threadSiblingsBeatOn: ({ alive, total, actor }) =>
      `${alive.shown} de ${total.shown} ${ptForm(total.n, { one: 'thread irmã', other: 'threads irmãs' })} ${ptForm(alive.n, { one: 'seguiu', other: 'seguiram' })} batendo depois que ${actor} terminou.`,
    siblingsReadCorrupt: ({ count, readers, readerCount }) =>
      `${readers} agora ${ptForm(readerCount, { one: 'lê', other: 'leem' })} ${count} registros corrompidos. O processo segue de pé.`,
    ownCorruption: ({ actor, count }) => `${actor} vê ${count} registros corrompidos na própria memória; os irmãos não veem nenhum.`,
    failed: ({ error }) => `A execução falhou: ${error}`,
  },
  explainHeading: 'Exceção, falha, corrupção',
  explain: [
    'Uma exceção é o erro da linguagem: o Node a captura na borda da worker thread, então só aquela thread termina.',
    'Uma falha (falha de segmentação, abort) gera um sinal cuja ação padrão encerra o processo inteiro, mesmo quando ele foi entregue a uma só thread: todas as threads morrem com ele.',
    'Corrupção não derruba nada: uma thread que sobrescreve a memória compartilhada com lixo envenena em silêncio o que as irmãs leem. Um processo só escreve no próprio espaço de endereçamento (a não ser que mapeie memória compartilhada de propósito), então aqui só prejudica a si mesmo.',
  ],
  calloutsHeading: 'O que acabou de acontecer',
  calloutsEmpty: 'As explicações aparecem aqui durante a reprodução.',
  nodeNotesHeading: 'Sendo honesto sobre o Node.js',
  results: {
    heading: 'Resultados: quem seguiu batendo',
    verdictHeading: 'Veredito: esta execução, nesta máquina',
    waiting: 'Os resultados aparecem quando a reprodução chega ao fim da execução.',
    failed: ({ error }) => `A execução falhou: ${error}`,
    unreadable: 'A execução terminou, mas o resultado não tem o formato esperado.',
    columnActor: 'Ator',
    columnId: 'PID / TID',
    columnEnd: 'Como terminou',
    columnBeats: 'Batimentos depois da falha',
    failedHere: 'falhou aqui',
    corruption: ({ victim, siblings }) =>
      `Corrupção num processo: ele viu ${victim} registros corrompidos na própria memória; os irmãos viram ${siblings}.`,
    chartTitle: 'Batimentos depois da falha, por ator',
    chartAxis: 'batimentos após a falha',
    chartNote: 'Contados a partir da morte do processo que falhou (processos) e da morte do processo das threads, ou da falha da thread se o processo sobreviveu (threads).',
    legendProcess: 'processo',
    legendThread: 'thread',
    legendFailed: 'o que falhou',
  },
};

export type CrashText = typeof en;
export const text: Localized<CrashText> = { en, 'pt-BR': ptBR };
