/**
 * The race lesson's page and stage text, English and Brazilian Portuguese
 * (results and callouts are in resultsText.ts). `pt-BR` is typed as the
 * English object's type, so a missing key does not compile.
 */
import type { Language, Localized } from '../../i18n/dictionary.js';
import { formattersFor, type PluralForms } from '../../i18n/format.js';

type Thread = { thread: string };
/**
 * A count in the reader's figures ("1,000" / "1.000"); the plural form is
 * chosen from its value by Intl.PluralRules. (`one` is accepted for callers
 * written before, and ignored: the figures alone decide.)
 */
type Lost = { lost: string; one?: boolean };
const formOf = (language: Language) => (shown: string, forms: PluralForms) => formattersFor(language).pluralForm(Number(shown.replace(/\D/g, '')), forms);
const enForm = formOf('en');
const ptForm = formOf('pt-BR');

const en = {
  intro:
    'Threads that share a counter and increment it without synchronization can lose updates: two threads read the same value, both add 1, and one write overwrites the other. Atomics.add and a lock make the increment indivisible to the other threads. Separate processes cannot lose what they do not share.',
  whatToNotice: [
    'All the threads are lanes of one box: there is one counter cell, and every round reads it back.',
    '“plain” is counter = counter + 1: a read, an add and a write. Another thread’s write that lands between this thread’s read and write is overwritten, and its increment is lost.',
    'Atomics.add and the lock never lose an update, and usually cost more per increment: the time chart shows this run’s price.',
    'Each process box has its own counter: each ends at exactly the increments it did.',
    'On a real machine nobody clicks: two threads on two cores run at the same time, and on one core the kernel can switch threads between any two instructions (a context switch: it saves one thread’s registers and loads another’s). Either way the three steps can interleave.',
    'In step mode you are the scheduler: thread 1 reads, thread 2 reads, 1 adds, 1 writes, 2 adds, 2 writes, and an update is lost.',
  ],
  options: { measure: 'measure (many rounds)', step: 'step by step (you schedule)' } as Record<string, string>,
  modeNote: 'Step mode: two threads, and you decide which one moves.',
  phases: { 'threads-plain': 'plain', 'threads-atomic': 'Atomics.add', 'threads-lock': 'lock', step: 'step by step' } as Record<string, string>,
  stepIncrementsNote: ({ max }: { max: string }) => `In step mode each thread increments x at most ${max} times.`,
  sectionThreads: 'Threads: one process, one shared counter',
  sectionProcesses: 'Processes: each counts in its own memory',
  sectionStep: 'You are the scheduler: two threads, one x',
  variants: { plain: 'plain', atomic: 'Atomics.add', lock: 'lock' } as Record<string, string>,
  stage: {
    counter: 'counter',
    counterShared: 'one counter, shared by every thread',
    counterOwn: 'its own counter',
    round: ({ variant, repeat }: { variant: string; repeat: string }) => `${variant}, repeat ${repeat}`,
    roundValue: ({ value, expected }: { value: string; expected: string }) => `${value} of ${expected}`,
    lost: ({ lost }: { lost: string }) => `${lost} lost`,
    noneLost: 'none lost',
    waitingRounds: 'rounds appear here as they finish',
    x: 'x',
    xShared: 'x, shared by both threads',
    register: ({ n }: { n: string }) => `R${n}`,
    registerCaption: ({ thread }: Thread) => `${thread}’s register (its own)`,
    steps: { read: 'read x', add: 'add 1', write: 'write x' },
    stepsLong: { read: 'copy x into its register', add: 'add 1 in its register', write: 'copy its register into x' },
    next: 'next',
    increment: ({ n }: { n: string }) => `increment ${n}`,
    finished: 'done',
    outcome: ({ x, expected }: { x: string; expected: string }) => `x = ${x}, expected ${expected}`,
    lostUpdates: ({ lost }: Lost) => `you lost ${lost} ${enForm(lost, { one: 'update', other: 'updates' })}`,
    noUpdateLost: 'no update was lost',
  },
  controls: {
    heading: 'Your turn: schedule the threads',
    step: ({ n }: { n: string }) => `Step thread ${n}`,
    nextStep: ({ step }: { step: string }) => `next: ${step}`,
    threadDone: 'finished',
    finish: 'Finish',
    finishHint: 'Runs every remaining step: all of thread 1, then all of thread 2.',
    finishShort: 'thread 1, then 2',
    keys: 'Keys: 1 and 2 step the threads.',
    pressRun: 'Choose “step by step”, press Run, then decide which thread moves.',
    waitingThreads: 'Waiting for both threads to start…',
    sending: 'Waiting for the thread to take its step…',
    notSent: 'Not connected: the step was not sent.',
    viewOnly: 'Only the presenter schedules the threads.',
    recipe: 'How to lose an update',
    recipeSteps: ['1 read', '2 read', '1 add', '1 write', '2 add', '2 write'],
    history: 'Your schedule so far',
    historyEmpty: 'no step yet',
  },
};

const ptBR: typeof en = {
  intro:
    'Threads que compartilham um contador e o incrementam sem sincronização podem perder atualizações: duas threads leem o mesmo valor, as duas somam 1, e uma escrita apaga a outra. Atomics.add e um lock tornam o incremento indivisível para as outras threads. Processos separados não podem perder o que não compartilham.',
  whatToNotice: [
    'Todas as threads são faixas de uma só caixa: há uma única célula de contador, e cada rodada a lê de volta.',
    '“plain” é contador = contador + 1: uma leitura, uma soma e uma escrita. A escrita de outra thread que cai entre a leitura e a escrita desta é sobrescrita, e o incremento dela se perde.',
    'Atomics.add e o lock nunca perdem atualizações e costumam custar mais por incremento: o gráfico de tempo mostra o preço nesta execução.',
    'Cada caixa de processo tem o seu próprio contador: cada uma termina exatamente nos incrementos que fez.',
    'Numa máquina de verdade ninguém clica: duas threads em dois núcleos rodam ao mesmo tempo, e num núcleo só o kernel pode trocar de thread entre duas instruções quaisquer (uma troca de contexto: salva os registradores de uma thread e carrega os da outra). Nos dois casos os três passos podem se intercalar.',
    'No modo passo a passo você é o escalonador: a thread 1 lê, a thread 2 lê, a 1 soma, a 1 escreve, a 2 soma, a 2 escreve, e uma atualização se perde.',
  ],
  options: { measure: 'medir (muitas rodadas)', step: 'passo a passo (você escalona)' },
  modeNote: 'Passo a passo: duas threads, e você decide qual anda.',
  phases: { 'threads-plain': 'plain', 'threads-atomic': 'Atomics.add', 'threads-lock': 'lock', step: 'passo a passo' },
  stepIncrementsNote: ({ max }) => `No passo a passo cada thread incrementa x no máximo ${max} vezes.`,
  sectionThreads: 'Threads: um processo, um contador compartilhado',
  sectionProcesses: 'Processos: cada um conta na sua memória',
  sectionStep: 'Você é o escalonador: duas threads, um x',
  variants: { plain: 'plain', atomic: 'Atomics.add', lock: 'lock' },
  stage: {
    counter: 'contador',
    counterShared: 'um contador, de todas as threads',
    counterOwn: 'o seu próprio contador',
    round: ({ variant, repeat }) => `${variant}, repetição ${repeat}`,
    roundValue: ({ value, expected }) => `${value} de ${expected}`,
    lost: ({ lost }) => `perdas: ${lost}`,
    noneLost: 'nenhuma perdida',
    waitingRounds: 'as rodadas aparecem aqui ao terminar',
    x: 'x',
    xShared: 'x, compartilhado pelas duas threads',
    register: ({ n }) => `R${n}`,
    registerCaption: ({ thread }) => `registrador da ${thread} (só dela)`,
    steps: { read: 'ler x', add: 'somar 1', write: 'escrever x' },
    stepsLong: { read: 'copia x para o seu registrador', add: 'soma 1 no seu registrador', write: 'copia o seu registrador para x' },
    next: 'próximo',
    increment: ({ n }) => `incremento ${n}`,
    finished: 'terminou',
    outcome: ({ x, expected }) => `x = ${x}, esperado ${expected}`,
    lostUpdates: ({ lost }) => `você perdeu ${lost} ${ptForm(lost, { one: 'atualização', other: 'atualizações' })}`,
    noUpdateLost: 'nenhuma atualização se perdeu',
  },
  controls: {
    heading: 'Sua vez: escalone as threads',
    step: ({ n }) => `Avançar thread ${n}`,
    nextStep: ({ step }) => `próximo: ${step}`,
    threadDone: 'terminou',
    finish: 'Terminar',
    finishHint: 'Executa todos os passos que faltam: toda a thread 1, depois toda a thread 2.',
    finishShort: 'thread 1, depois 2',
    keys: 'Teclas: 1 e 2 avançam as threads.',
    pressRun: 'Escolha “passo a passo”, clique em Executar e decida qual thread anda.',
    waitingThreads: 'Esperando as duas threads começarem…',
    sending: 'Esperando a thread dar o seu passo…',
    notSent: 'Sem conexão: o passo não foi enviado.',
    viewOnly: 'Só quem apresenta escalona as threads.',
    recipe: 'Como perder uma atualização',
    recipeSteps: ['1 ler', '2 ler', '1 somar', '1 escrever', '2 somar', '2 escrever'],
    history: 'O seu escalonamento até agora',
    historyEmpty: 'nenhum passo ainda',
  },
};

export type RaceText = typeof en;
export const text: Localized<RaceText> = { en, 'pt-BR': ptBR };
