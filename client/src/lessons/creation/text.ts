/**
 * The creation lesson's own text, English and Brazilian Portuguese.
 * `pt-BR` is typed as the English object's type, so a missing key does not compile.
 */
import type { Language, Localized } from '../../i18n/dictionary.js';
import { formattersFor, type PluralForms } from '../../i18n/format.js';

/** The plural form for a count the stage already formatted (an integer, so its digits are the number). */
function formOf(language: Language, count: string, forms: PluralForms): string {
  return formattersFor(language).pluralForm(Number(count.replace(/\D/g, '')), forms);
}

type Ms = { ms: string };

const en = {
  intro:
    'The lab asks for N worker threads at once, then for N child processes at once, and times each one from the request until it says “ready”. The first round is played here with the real ids; more rounds are measured without being drawn.',
  whatToNotice: [
    'Threads appear as lanes inside one box: one PID, a new TID each. No new address space is made.',
    'Each process appears as a box of its own with a new PID: a new address space.',
    'A process here is child_process.fork: a fork followed by an exec of a fresh Node, which then boots V8 and loads its code. A thread is new Worker: an OS thread of the same process that also starts its own V8 instance.',
    'Watch the stopwatch under the boxes: each mark is the real time a unit took to be ready.',
    'Compare exit with ready in the table: in this lab’s runs, ending took a few percent of the time starting did, for both kinds.',
    'Compare private memory, not RSS: RSS counts again, in every process, the pages they all share (the Node binary, libraries).',
    'When more rounds are measured, the round shown on the stage is left out of the figures: it runs first, paying one-time costs such as loading the code, and its units are started as instrumented actors so they appear on the stage.',
  ],
  sectionThreads: ({ count }: { count: string }) => `Threads: ${count} ${formOf('en', count, { one: 'worker', other: 'workers' })} inside one process`,
  sectionProcesses: ({ count }: { count: string }) => `Processes: ${count} ${formOf('en', count, { one: 'child, in its own box', other: 'children, each its own box' })}`,
  sectionRuler: 'Stopwatch: time to ready (ms)',
  exitedReady: ({ ms }: Ms) => `exited · +${ms} ms`,
  rulerThreads: 'threads',
  rulerProcesses: 'processes',
  readyAfter: ({ ms }: Ms) => `ready +${ms} ms`,
  readyAfterProcess: ({ ms }: Ms) => `ready +${ms} ms`,
  waiting: 'waiting…',
  cursor: ({ ms }: Ms) => `+${ms} ms`,
  actors: {
    threadHost: 'the threads’ process',
    thread: ({ n }: { n: string }) => `thread ${n}`,
    process: ({ n }: { n: string }) => `process ${n}`,
  },
  callouts: {
    firstThread: ({ thread, tid, ms, pid }: { thread: string; tid: string; ms: string; pid: string }) =>
      `${thread} (TID ${tid}): ready after ${ms} ms inside PID ${pid} — no new process.`,
    allThreads: ({ count, ms, pid }: { count: string; ms: string; pid: string }) =>
      `All ${count} threads ready within ${ms} ms, all inside PID ${pid}.`,
    firstProcess: ({ process, pid, ms }: { process: string; pid: string; ms: string }) =>
      `${process}: ready after ${ms} ms, own PID ${pid} — a whole new Node booted.`,
    allProcesses: ({ count, ms }: { count: string; ms: string }) =>
      `All ${count} processes ready within ${ms} ms: ${count} new PIDs, ${count} new address spaces.`,
    story: ({ threadMs, processMs }: { threadMs: string; processMs: string }) =>
      `The round shown: every thread ready within ${threadMs} ms, every process within ${processMs} ms.`,
    measured: ({ samples, threadMs, processMs }: { samples: string; threadMs: string; processMs: string }) =>
      `Median time to ready, ${samples} ${formOf('en', samples, { one: 'unit', other: 'units' })} of each kind: thread ${threadMs} ms, process ${processMs} ms.`,
    storyExcluded: 'The round shown is left out of these figures: it pays one-time costs.',
    failed: ({ error }: { error: string }) => `The run failed: ${error}`,
  },
  native: {
    heading: 'Beside C: what the runtime adds',
    intro: ({ units }: { units: string }) =>
      `The same run also timed a C program (the lab’s native engine): fork() with no exec after it, and pthread_create(). Ready means the child or thread ran its first line of code (it reads the clock); the end, that it was reaped (waitpid) or joined. Not like for like: Node started ${units} of each kind at once, which then shared the cores, while C starts one at a time and ends it before the next. So Node ÷ C holds the runtime’s cost and the crowding together.`,
    columnWhat: 'unit',
    columnNode: 'Node, ready (median, ms)',
    columnNative: 'C, ready (median, ms)',
    columnTimes: 'Node ÷ C: how many times as long',
    rowProcess: 'process: child_process.fork (fork + exec of Node) vs fork() alone',
    rowThread: 'thread: new Worker (a thread + a V8 instance) vs pthread_create()',
    totals: ({ fork, thread }: { fork: string; thread: string }) => `In C, to the end (reaped or joined), median: fork ${fork} ms, pthread ${thread} ms.`,
    unavailable: ({ reason }: { reason: string }) => `No C figures in this run: ${reason}.`,
  },
  results: {
    heading: 'Results: measured on this machine',
    samples: ({ samples, repeats, units }: { samples: string; repeats: string; units: string }) =>
      `${samples} ${formOf('en', samples, { one: 'sample', other: 'samples' })} of each kind (${repeats} ${formOf('en', repeats, { one: 'round', other: 'rounds' })} × ${units} ${formOf('en', units, { one: 'unit', other: 'units' })}).`,
    columnKind: 'unit',
    columnReadyMedian: 'ready, median (ms)',
    columnReadyP99: 'ready, p99 (ms)',
    columnExitMedian: 'exit, median (ms)',
    columnPrivate: 'private (MiB)',
    columnPss: 'PSS (MiB)',
    columnRss: 'RSS (MiB)',
    rowThread: 'thread',
    rowProcess: 'process',
    timesTitle: 'Time to ready and time to exit, every sample (log scale)',
    timesAxis: 'milliseconds (log scale)',
    timesNote: 'Each dot is one unit in one round; the vertical bar is the median.',
    rowThreadReady: 'thread ready',
    rowProcessReady: 'process ready',
    rowThreadExit: 'thread exit',
    rowProcessExit: 'process exit',
    median: ({ ms }: Ms) => `median ${ms} ms`,
    memoryTitle: 'Memory per unit, while alive and idle',
    memoryAxis: 'memory (MiB)',
    barProcessPrivate: 'process: private',
    barProcessPss: 'process: PSS',
    barProcessRss: 'process: RSS',
    barThreadPrivate: 'thread: private growth',
    memoryExplain: [
      'Private: pages only this unit uses — what it really costs, and what the machine gets back when it ends.',
      'PSS: private pages plus a proportional share of the pages it shares with other processes (each shared page divided by the number of processes that map it): the Node binary, libraries.',
      'RSS: every resident page it can see, shared ones counted in full. Adding up RSS over processes counts the same shared pages again and again, so RSS makes processes look far costlier than they are.',
      '/proc cannot measure a thread’s memory apart: a thread has its own stack (and, in Node, its own V8 heap), but /proc counts memory per process, so a thread’s cost is how much the private memory of its process grew per new worker.',
    ],
  },
};

const ptBR: typeof en = {
  intro:
    'O laboratório pede N worker threads de uma vez, depois N processos filhos de uma vez, e cronometra cada um do pedido até ele dizer “pronto”. A primeira rodada é mostrada aqui com os ids reais; outras rodadas são medidas sem ser desenhadas.',
  whatToNotice: [
    'As threads aparecem como faixas dentro de uma só caixa: um PID, um TID novo para cada uma. Nenhum espaço de endereçamento novo é criado.',
    'Cada processo aparece como uma caixa própria com um PID novo: um novo espaço de endereçamento.',
    'Um processo aqui é child_process.fork: um fork seguido de um exec de um Node novo, que então inicia o V8 e carrega o seu código. Uma thread é new Worker: uma thread do sistema no mesmo processo, que também inicia a sua própria instância do V8.',
    'Observe o cronômetro abaixo das caixas: cada marca é o tempo real que uma unidade levou para ficar pronta.',
    'Compare a saída com o “pronto” na tabela: nas execuções deste laboratório, terminar levou uns poucos por cento do tempo de começar, para os dois tipos.',
    'Compare a memória privada, não o RSS: o RSS conta de novo, em cada processo, as páginas que todos compartilham (o binário do Node, bibliotecas).',
    'Quando outras rodadas são medidas, a rodada mostrada no palco fica fora dos números: ela roda primeiro, pagando custos que só ocorrem uma vez, como carregar o código, e as suas unidades são iniciadas como atores instrumentados, para aparecerem no palco.',
  ],
  sectionThreads: ({ count }) => `Threads: ${count} ${formOf('pt-BR', count, { one: 'worker', other: 'workers' })} dentro de um processo`,
  sectionProcesses: ({ count }) => `Processos: ${count} ${formOf('pt-BR', count, { one: 'filho, na sua caixa', other: 'filhos, cada um na sua caixa' })}`,
  sectionRuler: 'Cronômetro: tempo até ficar pronto (ms)',
  exitedReady: ({ ms }) => `saiu · +${ms} ms`,
  rulerThreads: 'threads',
  rulerProcesses: 'processos',
  readyAfter: ({ ms }) => `pronta +${ms} ms`,
  readyAfterProcess: ({ ms }) => `pronto +${ms} ms`,
  waiting: 'esperando…',
  cursor: ({ ms }) => `+${ms} ms`,
  actors: {
    threadHost: 'processo das threads',
    thread: ({ n }) => `thread ${n}`,
    process: ({ n }) => `processo ${n}`,
  },
  callouts: {
    firstThread: ({ thread, tid, ms, pid }) =>
      `${thread} (TID ${tid}): pronta após ${ms} ms dentro do PID ${pid} — nenhum processo novo.`,
    allThreads: ({ count, ms, pid }) => `As ${count} threads ficaram prontas em até ${ms} ms, todas no PID ${pid}.`,
    firstProcess: ({ process, pid, ms }) =>
      `${process}: pronto após ${ms} ms com PID próprio ${pid} — teve de iniciar um Node inteiro.`,
    allProcesses: ({ count, ms }) =>
      `Os ${count} processos ficaram prontos em até ${ms} ms: ${count} PIDs e ${count} espaços de endereçamento novos.`,
    story: ({ threadMs, processMs }) =>
      `Na rodada mostrada: todas as threads prontas em até ${threadMs} ms, todos os processos em até ${processMs} ms.`,
    measured: ({ samples, threadMs, processMs }) =>
      `Mediana do tempo até pronto, ${samples} ${formOf('pt-BR', samples, { one: 'unidade', other: 'unidades' })} de cada tipo: thread ${threadMs} ms, processo ${processMs} ms.`,
    storyExcluded: 'A rodada mostrada fica fora destes números: ela paga custos que só ocorrem uma vez.',
    failed: ({ error }) => `A execução falhou: ${error}`,
  },
  native: {
    heading: 'Ao lado do C: o que o runtime acrescenta',
    intro: ({ units }) =>
      `A mesma execução também cronometrou um programa em C (o motor nativo do laboratório): fork() sem exec depois, e pthread_create(). Pronto quer dizer que o filho ou a thread executou a sua primeira linha de código (ela lê o relógio); o fim, que ele foi recolhido (waitpid) ou que ela foi aguardada com pthread_join. A comparação não é equivalente: o Node iniciou ${units} de cada tipo ao mesmo tempo, que então dividiram os núcleos, enquanto o C inicia um por vez e o encerra antes do próximo. Por isso Node ÷ C junta o custo do runtime e a disputa pelos núcleos.`,
    columnWhat: 'unidade',
    columnNode: 'Node, pronto (mediana, ms)',
    columnNative: 'C, pronto (mediana, ms)',
    columnTimes: 'Node ÷ C: quantas vezes o tempo',
    rowProcess: 'processo: child_process.fork (fork + exec do Node) versus apenas fork()',
    rowThread: 'thread: new Worker (uma thread + uma instância do V8) versus pthread_create()',
    totals: ({ fork, thread }) => `Em C, até o fim (recolhido por waitpid ou aguardada por pthread_join), mediana: fork ${fork} ms, pthread ${thread} ms.`,
    unavailable: ({ reason }) => `Sem números de C nesta execução: ${reason}.`,
  },
  results: {
    heading: 'Resultados: medidos nesta máquina',
    samples: ({ samples, repeats, units }) =>
      `${samples} ${formOf('pt-BR', samples, { one: 'amostra', other: 'amostras' })} de cada tipo (${repeats} ${formOf('pt-BR', repeats, { one: 'rodada', other: 'rodadas' })} × ${units} ${formOf('pt-BR', units, { one: 'unidade', other: 'unidades' })}).`,
    columnKind: 'unidade',
    columnReadyMedian: 'pronto, mediana (ms)',
    columnReadyP99: 'pronto, p99 (ms)',
    columnExitMedian: 'saída, mediana (ms)',
    columnPrivate: 'privada (MiB)',
    columnPss: 'PSS (MiB)',
    columnRss: 'RSS (MiB)',
    rowThread: 'thread',
    rowProcess: 'processo',
    timesTitle: 'Tempo até ficar pronto e até sair, cada amostra (escala log)',
    timesAxis: 'milissegundos (escala log)',
    timesNote: 'Cada ponto é uma unidade numa rodada; a barra vertical é a mediana.',
    rowThreadReady: 'thread pronta',
    rowProcessReady: 'processo pronto',
    rowThreadExit: 'thread sai',
    rowProcessExit: 'processo sai',
    median: ({ ms }) => `mediana ${ms} ms`,
    memoryTitle: 'Memória por unidade, viva e ociosa',
    memoryAxis: 'memória (MiB)',
    barProcessPrivate: 'processo: privada',
    barProcessPss: 'processo: PSS',
    barProcessRss: 'processo: RSS',
    barThreadPrivate: 'thread: aumento da privada',
    memoryExplain: [
      'Privada: páginas que só esta unidade usa — o que ela custa de verdade, e o que a máquina recupera quando ela termina.',
      'PSS: as páginas privadas mais uma parcela proporcional das páginas que ela divide com outros processos (cada página compartilhada dividida pelo número de processos que a mapeiam): o binário do Node, bibliotecas.',
      'RSS: toda página residente que ela enxerga, com as compartilhadas contadas inteiras. Somar o RSS de vários processos conta as mesmas páginas compartilhadas várias vezes, então o RSS faz os processos parecerem muito mais caros do que são.',
      'O /proc não consegue medir à parte a memória de uma thread: ela tem pilha própria (e, no Node, um heap V8 próprio), mas o /proc conta memória por processo; por isso o custo de uma thread é quanto a memória privada do seu processo cresceu por worker nova.',
    ],
  },
};

export type CreationText = typeof en;
export const text: Localized<CreationText> = { en, 'pt-BR': ptBR };
