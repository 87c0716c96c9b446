/**
 * The parallelism lesson's own text, English and Brazilian Portuguese.
 * `pt-BR` is typed as the English object's type, so a missing key does not compile.
 */
import type { Language, Localized } from '../../i18n/dictionary.js';
import { formattersFor, type PluralForms } from '../../i18n/format.js';

type N = { n: string };
type Ms = { ms: string };
/** The plural form for a count given in the reader's figures ("1", "1,000" / "1.000"), by Intl.PluralRules. */
const formOf = (language: Language) => (shown: string, forms: PluralForms) => formattersFor(language).pluralForm(Number(shown.replace(/\D/g, '')), forms);
const enForm = formOf('en');
const ptForm = formOf('pt-BR');
type Amdahl = { cores: string; oneThreadMs: string; baselineMs: string };

const en = {
  intro:
    'One CPU-bound job — count the primes below a bound — is done on one thread alone (the baseline), then split over 1, 2, … N worker threads and over 1, 2, … N child processes. Speedup is the baseline’s time divided by the split job’s time.',
  whatToNotice: [
    'While one configuration runs, count how many units want a core, and how many cores there are.',
    'In the timeline, units of one row run side by side: that is parallelism. The row gets shorter only while there are free cores.',
    'Past the core count, extra units take turns: the kernel runs one for a slice of time, then saves its registers and loads another’s (a context switch). The row stops getting shorter.',
    'That ceiling is Amdahl’s law: if a fraction p of a job runs in parallel on N cores, speedup ≤ 1 / ((1 − p) + p/N). Counting primes splits almost entirely (p close to 1), so the limit is close to N, the number of cores, not the number of units.',
    'For pure computation, threads and processes use the cores the same way once they run; what differs is starting them (a new JavaScript engine for a thread, a whole Node for a process), and it shows in the times.',
    'Total CPU time does not shrink when the job is split: the same counting is spread over more units, and each unit adds its own start-up.',
  ],
  now: {
    setup: 'Getting ready',
    baseline: 'Baseline: one thread alone',
    threads: ({ n }: N) => `Now: ${n} ${enForm(n, { one: 'worker thread', other: 'threads, one process' })}`,
    processes: ({ n }: N) => `Now: ${n} ${enForm(n, { one: 'child process', other: 'child processes' })}`,
    done: 'Done: every configuration ran',
  },
  cores: {
    title: ({ n }: N) => `This machine: ${n} ${enForm(n, { one: 'core', other: 'cores' })}`,
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
      `${configuration}: ${ms} ms from start to last exit (baseline: ${baselineMs} ms).`,
    baselineDone: ({ ms }: Ms) => `Baseline: one thread did the whole job in ${ms} ms. Every split is compared with it.`,
    moreThanCores: ({ units, cores }: { units: string; cores: string }) =>
      `${units} units, ${cores} ${enForm(cores, { one: 'core', other: 'cores' })}: at most ${cores} ${enForm(cores, { one: 'runs', other: 'run' })} at once; the others take turns (context switches).`,
    measured: ({ threadSpeedup, threads, processSpeedup, processes, cores }: { threadSpeedup: string; threads: string; processSpeedup: string; processes: string; cores: string }) =>
      `Best speedup: ${threadSpeedup}× with ${threads}, ${processSpeedup}× with ${processes}; ${cores} ${enForm(cores, { one: 'core allows', other: 'cores allow' })} at most ${cores}×.`,
    failed: ({ error }: { error: string }) => `The run failed: ${error}`,
  },
  configuration: {
    threads: ({ n }: N) => `${n} ${enForm(n, { one: 'thread', other: 'threads' })}`,
    processes: ({ n }: N) => `${n} ${enForm(n, { one: 'process', other: 'processes' })}`,
  },
  results: {
    heading: 'Results: measured on this machine',
    job: ({ primes, below, baselineMs }: { primes: string; below: string; baselineMs: string }) =>
      `The job: ${primes} primes below ${below}; ${baselineMs} ms on one thread alone.`,
    tableNote:
      'Each split’s time runs from starting its units to the last one ending, so it includes starting them (a new JavaScript engine for a thread, a whole Node for a process); the baseline runs on a thread that already exists. The phases on the stage span about the same time.',
    amdahl: ({ cores, oneThreadMs, baselineMs }: Amdahl) =>
      `Amdahl’s law: with a fraction p of the work split over N cores, speedup ≤ 1 / ((1 − p) + p/N). Here almost all the work splits (handing out the shares and adding up the counts is all that does not), so on this machine’s ${cores} ${enForm(cores, { one: 'core', other: 'cores' })} the ceiling is about ${cores}×. What the splits add instead is start-up: 1 worker thread took ${oneThreadMs} ms for the job the baseline did in ${baselineMs} ms.`,
    columnN: 'units',
    columnThreadWall: 'threads: time (ms)',
    columnThreadSpeedup: 'threads: speedup',
    columnProcessWall: 'processes: time (ms)',
    columnProcessSpeedup: 'processes: speedup',
    speedupTitle: 'Speedup as the job is split over more units',
    speedupAxis: 'speedup (× faster than the baseline)',
    unitsAxis: 'threads or processes sharing the job',
    lineThreads: 'threads',
    lineProcesses: 'processes',
    lineIdeal: 'ideal: N times faster',
    coresLine: ({ n }: N) => `${n} ${enForm(n, { one: 'core', other: 'cores' })}: the ceiling (Amdahl, p ≈ 1)`,
    cpuTitle: 'CPU time of each unit, and the wall-clock time',
    cpuAxis: 'milliseconds',
    cpuNote: 'Each block is one unit’s CPU time (from /proc); stacked, they are the total work. The dot is how long the configuration took on the clock: below the top of the stack means units ran at the same time.',
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
    'Além do número de núcleos, as unidades extras se revezam: o kernel roda uma por uma fatia de tempo, depois salva os registradores dela e carrega os de outra (uma troca de contexto). A linha para de encurtar.',
    'Esse teto é a lei de Amdahl: se uma fração p de um trabalho roda em paralelo em N núcleos, speedup ≤ 1 / ((1 − p) + p/N). Contar primos se divide quase por inteiro (p perto de 1), então o limite fica perto de N, o número de núcleos, não o número de unidades.',
    'Em computação pura, threads e processos usam os núcleos do mesmo jeito depois que estão rodando; o que muda é iniciá-los (um motor JavaScript novo para uma thread, um Node inteiro para um processo), e isso aparece nos tempos.',
    'O tempo total de CPU não diminui quando o trabalho é dividido: a mesma contagem se espalha por mais unidades, e cada unidade soma a sua própria inicialização.',
  ],
  now: {
    setup: 'Preparando',
    baseline: 'Referência: uma thread sozinha',
    threads: ({ n }) => `Agora: ${n} ${ptForm(n, { one: 'worker thread', other: 'threads, um processo' })}`,
    processes: ({ n }) => `Agora: ${n} ${ptForm(n, { one: 'processo filho', other: 'processos filhos' })}`,
    done: 'Fim: todas as configurações rodaram',
  },
  cores: {
    title: ({ n }) => `Esta máquina: ${n} ${ptForm(n, { one: 'núcleo', other: 'núcleos' })}`,
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
      `${configuration}: ${ms} ms do início à última saída (referência: ${baselineMs} ms).`,
    baselineDone: ({ ms }) => `Referência: uma thread fez o trabalho inteiro em ${ms} ms. Cada divisão é comparada com ela.`,
    moreThanCores: ({ units, cores }) =>
      `${units} unidades, ${cores} ${ptForm(cores, { one: 'núcleo', other: 'núcleos' })}: no máximo ${cores} ${ptForm(cores, { one: 'roda', other: 'rodam' })} por vez; as outras se revezam (trocas de contexto).`,
    measured: ({ threadSpeedup, threads, processSpeedup, processes, cores }) =>
      `Melhor speedup: ${threadSpeedup}× com ${threads}, ${processSpeedup}× com ${processes}; ${cores} ${ptForm(cores, { one: 'núcleo permite', other: 'núcleos permitem' })} no máximo ${cores}×.`,
    failed: ({ error }) => `A execução falhou: ${error}`,
  },
  configuration: {
    threads: ({ n }) => `${n} ${ptForm(n, { one: 'thread', other: 'threads' })}`,
    processes: ({ n }) => `${n} ${ptForm(n, { one: 'processo', other: 'processos' })}`,
  },
  results: {
    heading: 'Resultados: medidos nesta máquina',
    job: ({ primes, below, baselineMs }) => `O trabalho: ${primes} primos abaixo de ${below}; ${baselineMs} ms numa thread sozinha.`,
    tableNote:
      'O tempo de cada divisão vai do início das unidades até o fim da última, então inclui iniciá-las (um motor JavaScript novo para uma thread, um Node inteiro para um processo); a referência roda numa thread que já existe. As fases no palco duram mais ou menos o mesmo.',
    amdahl: ({ cores, oneThreadMs, baselineMs }) =>
      `Lei de Amdahl: com uma fração p do trabalho dividida entre N núcleos, speedup ≤ 1 / ((1 − p) + p/N). Aqui quase todo o trabalho se divide (só distribuir as partes e somar as contagens não se divide), então, com ${cores} ${ptForm(cores, { one: 'núcleo', other: 'núcleos' })} nesta máquina, o teto é cerca de ${cores}×. O que as divisões somam é a inicialização: 1 worker thread levou ${oneThreadMs} ms no trabalho que a referência fez em ${baselineMs} ms.`,
    columnN: 'unidades',
    columnThreadWall: 'threads: tempo (ms)',
    columnThreadSpeedup: 'threads: speedup',
    columnProcessWall: 'processos: tempo (ms)',
    columnProcessSpeedup: 'processos: speedup',
    speedupTitle: 'Speedup conforme o trabalho é dividido entre mais unidades',
    speedupAxis: 'speedup (× mais rápido que a referência)',
    unitsAxis: 'threads ou processos dividindo o trabalho',
    lineThreads: 'threads',
    lineProcesses: 'processos',
    lineIdeal: 'ideal: N vezes mais rápido',
    coresLine: ({ n }) => `${n} ${ptForm(n, { one: 'núcleo', other: 'núcleos' })}: o teto (Amdahl, p ≈ 1)`,
    cpuTitle: 'Tempo de CPU de cada unidade, e o tempo de relógio',
    cpuAxis: 'milissegundos',
    cpuNote: 'Cada bloco é o tempo de CPU de uma unidade (de /proc); empilhados, são o trabalho total. O ponto é quanto a configuração levou no relógio: abaixo do topo da pilha quer dizer que as unidades rodaram ao mesmo tempo.',
    wall: 'tempo no relógio',
    baselineBar: 'referência',
    barThreads: ({ n }) => `${n} thr.`,
    barProcesses: ({ n }) => `${n} proc.`,
    unit: ({ n }) => `unidade ${n}`,
  },
};

export type ParallelismText = typeof en;
export const text: Localized<ParallelismText> = { en, 'pt-BR': ptBR };
