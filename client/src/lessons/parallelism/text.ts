/**
 * The parallelism lesson's own text, English and Brazilian Portuguese.
 * `pt-BR` is typed as the English object's type, so a missing key does not compile.
 */
import type { Localized } from '../../i18n/dictionary.js';

type N = { n: string };
type Ms = { ms: string };

const en = {
  intro:
    'One CPU-bound job — count the primes below a bound — is done on one thread alone (the baseline), then split over 1, 2, … N worker threads and over 1, 2, … N child processes. Speedup is the baseline’s time divided by the split job’s time.',
  whatToNotice: [
    'While one configuration runs, count how many units want a core, and how many cores there are.',
    'In the timeline, units of one row run side by side: that is parallelism. The row gets shorter only while there are free cores.',
    'Past the core count, extra units just take turns: the row stops getting shorter.',
    'Threads and processes scale about the same for pure computation: each unit has its own core to run on either way.',
    'Total CPU time stays about the same however the job is split: splitting does not make the work smaller, it spreads it.',
  ],
  now: {
    setup: 'Getting ready',
    baseline: 'Baseline: one thread alone',
    threads: ({ n }: N) => (n === '1' ? 'Now: 1 worker thread' : `Now: ${n} threads, one process`),
    processes: ({ n }: N) => (n === '1' ? 'Now: 1 child process' : `Now: ${n} child processes`),
    done: 'Done: every configuration ran',
  },
  cores: {
    title: ({ n }: N) => `This machine: ${n} cores`,
    unknown: 'Cores: not known yet',
    core: ({ n }: N) => `core ${n}`,
    running: ({ n }: N) => `${n} running now`,
    atOnce: ({ n }: N) => `at most ${n} at once`,
    idle: 'no unit running',
  },
  timelineLabel: 'Each configuration on its own real clock',
  rowBaseline: 'baseline',
  rowThreads: ({ n }: N) => `${n} thr.`,
  rowProcesses: ({ n }: N) => `${n} proc.`,
  rowLength: ({ ms }: Ms) => `${ms} ms`,
  axis: 'ms since the configuration began',
  actors: {
    cruncher: 'process with the threads',
    mainThread: 'main thread, alone',
    thread: ({ n }: N) => `thread ${n}`,
    process: ({ n }: N) => `process ${n}`,
  },
  callouts: {
    configurationDone: ({ configuration, ms, baselineMs }: { configuration: string; ms: string; baselineMs: string }) =>
      `${configuration}: ${ms} ms from the phase’s start to its last exit (baseline phase: ${baselineMs} ms).`,
    baselineDone: ({ ms }: Ms) => `Baseline phase: ${ms} ms with one thread doing the whole job. Every split is compared with it.`,
    moreThanCores: ({ units, cores }: { units: string; cores: string }) =>
      `${units} units want a core but there are ${cores}: at most ${cores} can run at any moment; the others wait their turn.`,
    measured: ({ threadSpeedup, threads, processSpeedup, processes, cores }: { threadSpeedup: string; threads: string; processSpeedup: string; processes: string; cores: string }) =>
      `Measured: best speedup ${threadSpeedup}× with ${threads}, ${processSpeedup}× with ${processes}; ${cores} cores allow at most ${cores}×.`,
    failed: ({ error }: { error: string }) => `The run failed: ${error}`,
  },
  configuration: {
    threads: ({ n }: N) => (n === '1' ? '1 thread' : `${n} threads`),
    processes: ({ n }: N) => (n === '1' ? '1 process' : `${n} processes`),
  },
  results: {
    heading: 'Results: measured on this machine',
    job: ({ primes, below, baselineMs }: { primes: string; below: string; baselineMs: string }) =>
      `The job: ${primes} primes below ${below}; ${baselineMs} ms on one thread alone.`,
    tableNote: 'Times in the table are measured around the job itself; the phases on the stage also include starting and ending the units, so they are a little longer.',
    columnN: 'units',
    columnThreadWall: 'threads: time (ms)',
    columnThreadSpeedup: 'threads: speedup',
    columnProcessWall: 'processes: time (ms)',
    columnProcessSpeedup: 'processes: speedup',
    speedupTitle: 'Speedup as the job is split over more units',
    speedupAxis: 'speedup (× faster than one thread)',
    unitsAxis: 'threads or processes sharing the job',
    lineThreads: 'threads',
    lineProcesses: 'processes',
    lineIdeal: 'ideal: N times faster',
    coresLine: ({ n }: N) => `${n} cores: the most possible`,
    cpuTitle: 'CPU time of each unit, and the wall-clock time',
    cpuAxis: 'milliseconds',
    cpuNote: 'Each block is one unit’s CPU time (from /proc); stacked, they are the total work. The dot is how long the configuration took on the clock: below the stack means units ran at the same time.',
    wall: 'time on the clock',
    baselineBar: 'baseline',
    barThreads: ({ n }: N) => `${n} thr.`,
    barProcesses: ({ n }: N) => `${n} proc.`,
    unit: ({ n }: N) => `unit ${n}`,
  },
};

const ptBR: typeof en = {
  intro:
    'Um único trabalho de CPU — contar os primos abaixo de um limite — é feito numa thread sozinha (a referência), depois dividido entre 1, 2, … N worker threads e entre 1, 2, … N processos filhos. O speedup é o tempo da referência dividido pelo tempo do trabalho dividido.',
  whatToNotice: [
    'Enquanto uma configuração roda, conte quantas unidades querem um núcleo, e quantos núcleos existem.',
    'Na linha do tempo, as unidades de uma linha rodam lado a lado: isso é paralelismo. A linha só encurta enquanto houver núcleos livres.',
    'Além do número de núcleos, as unidades extras só se revezam: a linha para de encurtar.',
    'Threads e processos escalam mais ou menos igual em computação pura: nos dois casos cada unidade tem um núcleo para rodar.',
    'O tempo total de CPU fica quase igual, como quer que o trabalho seja dividido: dividir não diminui o trabalho, só o espalha.',
  ],
  now: {
    setup: 'Preparando',
    baseline: 'Referência: uma thread sozinha',
    threads: ({ n }) => (n === '1' ? 'Agora: 1 worker thread' : `Agora: ${n} threads, um processo`),
    processes: ({ n }) => (n === '1' ? 'Agora: 1 processo filho' : `Agora: ${n} processos filhos`),
    done: 'Fim: todas as configurações rodaram',
  },
  cores: {
    title: ({ n }) => `Esta máquina: ${n} núcleos`,
    unknown: 'Núcleos: ainda desconhecido',
    core: ({ n }) => `núcleo ${n}`,
    running: ({ n }) => `${n} rodando agora`,
    atOnce: ({ n }) => `no máximo ${n} ao mesmo tempo`,
    idle: 'nenhuma unidade rodando',
  },
  timelineLabel: 'Cada configuração no seu próprio relógio real',
  rowBaseline: 'referência',
  rowThreads: ({ n }) => `${n} thr.`,
  rowProcesses: ({ n }) => `${n} proc.`,
  rowLength: ({ ms }) => `${ms} ms`,
  axis: 'ms desde o início da configuração',
  actors: {
    cruncher: 'processo das threads',
    mainThread: 'thread principal, sozinha',
    thread: ({ n }) => `thread ${n}`,
    process: ({ n }) => `processo ${n}`,
  },
  callouts: {
    configurationDone: ({ configuration, ms, baselineMs }) =>
      `${configuration}: ${ms} ms do início da fase à última saída (fase de referência: ${baselineMs} ms).`,
    baselineDone: ({ ms }) => `Fase de referência: ${ms} ms com uma thread fazendo o trabalho inteiro. Cada divisão é comparada com ela.`,
    moreThanCores: ({ units, cores }) =>
      `${units} unidades querem um núcleo, mas há ${cores}: no máximo ${cores} rodam a cada instante; as outras esperam a vez.`,
    measured: ({ threadSpeedup, threads, processSpeedup, processes, cores }) =>
      `Medido: melhor speedup ${threadSpeedup}× com ${threads}, ${processSpeedup}× com ${processes}; ${cores} núcleos permitem no máximo ${cores}×.`,
    failed: ({ error }) => `A execução falhou: ${error}`,
  },
  configuration: {
    threads: ({ n }) => (n === '1' ? '1 thread' : `${n} threads`),
    processes: ({ n }) => (n === '1' ? '1 processo' : `${n} processos`),
  },
  results: {
    heading: 'Resultados: medidos nesta máquina',
    job: ({ primes, below, baselineMs }) => `O trabalho: ${primes} primos abaixo de ${below}; ${baselineMs} ms numa thread sozinha.`,
    tableNote: 'Os tempos da tabela são medidos em volta do próprio trabalho; as fases no palco incluem também iniciar e encerrar as unidades, por isso são um pouco mais longas.',
    columnN: 'unidades',
    columnThreadWall: 'threads: tempo (ms)',
    columnThreadSpeedup: 'threads: speedup',
    columnProcessWall: 'processos: tempo (ms)',
    columnProcessSpeedup: 'processos: speedup',
    speedupTitle: 'Speedup conforme o trabalho é dividido entre mais unidades',
    speedupAxis: 'speedup (× mais rápido que uma thread)',
    unitsAxis: 'threads ou processos dividindo o trabalho',
    lineThreads: 'threads',
    lineProcesses: 'processos',
    lineIdeal: 'ideal: N vezes mais rápido',
    coresLine: ({ n }) => `${n} núcleos: o máximo possível`,
    cpuTitle: 'Tempo de CPU de cada unidade, e o tempo de relógio',
    cpuAxis: 'milissegundos',
    cpuNote: 'Cada bloco é o tempo de CPU de uma unidade (de /proc); empilhados, são o trabalho total. O ponto é quanto a configuração levou no relógio: abaixo da pilha quer dizer que as unidades rodaram ao mesmo tempo.',
    wall: 'tempo no relógio',
    baselineBar: 'referência',
    barThreads: ({ n }) => `${n} thr.`,
    barProcesses: ({ n }) => `${n} proc.`,
    unit: ({ n }) => `unidade ${n}`,
  },
};

export type ParallelismText = typeof en;
export const text: Localized<ParallelismText> = { en, 'pt-BR': ptBR };
