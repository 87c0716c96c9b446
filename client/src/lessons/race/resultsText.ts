/**
 * The race lesson's callouts and results text, English and Brazilian Portuguese.
 */
import type { Localized } from '../../i18n/dictionary.js';
import { formattersFor } from '../../i18n/format.js';

/** `lostCount` picks the plural form (Intl.PluralRules); `lost` is the same count in the reader's figures. */
type Round = { variant: string; repeat: string; value: string; expected: string; lost: string; lostCount: number };
const enForms = formattersFor('en');
const ptForms = formattersFor('pt-BR');
type Step = { thread: string; value: string };

const en = {
  calloutsHeading: 'What just happened',
  calloutsEmpty: 'Explanations appear here as the run plays.',
  nodeNotesHeading: 'Honest about Node.js',
  callouts: {
    threadsReady: ({ count, pid, n }: { count: string; pid: string; n: number }) =>
      `${count} ${enForms.pluralForm(n, { one: 'thread', other: 'threads' })} in one process (PID ${pid}) ${enForms.pluralForm(n, { one: 'uses', other: 'share' })} one counter.`,
    /** Each variant in words, for the notes (the stage's round labels keep the short names). */
    variantWords: { plain: 'unsynchronized', atomic: 'with Atomics.add', lock: 'with a lock' } as Record<string, string>,
    roundLost: (r: Round) => `Repeat ${r.repeat}, ${r.variant}: ${r.value} of ${r.expected}: ${r.lost} ${enForms.pluralForm(r.lostCount, { one: 'update', other: 'updates' })} lost.`,
    roundExact: (r: Round) => `Repeat ${r.repeat}, ${r.variant}: ${r.value} of ${r.expected}: nothing lost.`,
    processCounted: ({ process, value }: { process: string; value: string }) => `${process} counted ${value} in its own memory, which no other process shares.`,
    read: ({ thread, value }: Step) => `${thread} read x = ${value} into its register.`,
    add: ({ thread, value, x }: Step & { x: string }) => `${thread} added 1 in its register: ${value}. x is still ${x}.`,
    write: ({ thread, value }: Step) => `${thread} wrote ${value} to x.`,
    overwrite: ({ thread, value }: Step) => `${thread} wrote ${value} to x, which already held ${value}: an increment is lost.`,
    failed: ({ error }: { error: string }) => `The run failed: ${error}`,
  },
  results: {
    heading: 'Results',
    verdictHeading: 'Verdict: this run, on this machine',
    waiting: 'The results appear when playback reaches the end of the run.',
    failed: ({ error }: { error: string }) => `The run failed: ${error}`,
    unreadable: 'The run finished, but its result does not have the expected shape.',
    slowdown: ({ atomic, lock }: { atomic: string; lock: string }) => `Per increment, Atomics.add took ${atomic}× the time of plain, the lock ${lock}×.`,
    cutForTime: 'Some rounds hit their time cap and were stopped early; their expected value counts only the increments really done.',
    lostChartTitle: 'Lost updates in every repeat',
    lostChartAxis: 'lost updates',
    repeatAxis: 'repeat',
    lostChartNote: ({ expected }: { expected: string }) => `Each bar is one repeat; each repeat expected ${expected}. A 0 is drawn as a thin bar labelled 0.`,
    timeChartTitle: 'Time per increment in every repeat',
    timeChartAxis: 'time per increment (ns)',
    timeChartNote: 'Each round’s elapsed (wall-clock) time divided by the increments really done.',
    processesHeading: 'The same increments in separate processes',
    columnProcess: 'Process',
    columnPid: 'PID',
    columnCounted: 'Counted',
    columnMs: 'Time (ms)',
    stepFigures: { x: 'x at the end', expected: 'Expected', lost: 'Lost updates' },
  },
};

const ptBR: typeof en = {
  calloutsHeading: 'O que acabou de acontecer',
  calloutsEmpty: 'As explicações aparecem aqui durante a reprodução.',
  nodeNotesHeading: 'Sendo honesto sobre o Node.js',
  callouts: {
    threadsReady: ({ count, pid, n }) =>
      `${count} ${ptForms.pluralForm(n, { one: 'thread', other: 'threads' })} de um processo (PID ${pid}) ${ptForms.pluralForm(n, { one: 'usa', other: 'compartilham' })} um contador.`,
    variantWords: { plain: 'sem sincronização', atomic: 'com Atomics.add', lock: 'com lock' },
    roundLost: (r) => `Repetição ${r.repeat}, ${r.variant}: ${r.value} de ${r.expected}: ${r.lost} ${ptForms.pluralForm(r.lostCount, { one: 'atualização perdida', other: 'atualizações perdidas' })}.`,
    roundExact: (r) => `Repetição ${r.repeat}, ${r.variant}: ${r.value} de ${r.expected}: nada se perdeu.`,
    processCounted: ({ process, value }) => `${process} contou ${value} na sua própria memória, que nenhum outro processo compartilha.`,
    read: ({ thread, value }) => `${thread} leu x = ${value} para o seu registrador.`,
    add: ({ thread, value, x }) => `${thread} somou 1 no seu registrador: ${value}. x continua ${x}.`,
    write: ({ thread, value }) => `${thread} escreveu ${value} em x.`,
    overwrite: ({ thread, value }) => `${thread} escreveu ${value} em x, que já valia ${value}: um incremento se perdeu.`,
    failed: ({ error }) => `A execução falhou: ${error}`,
  },
  results: {
    heading: 'Resultados',
    verdictHeading: 'Veredito: esta execução, nesta máquina',
    waiting: 'Os resultados aparecem quando a reprodução chega ao fim da execução.',
    failed: ({ error }) => `A execução falhou: ${error}`,
    unreadable: 'A execução terminou, mas o resultado não tem o formato esperado.',
    slowdown: ({ atomic, lock }) => `Por incremento, Atomics.add levou ${atomic}× o tempo do plain; o lock, ${lock}×.`,
    cutForTime: 'Algumas rodadas bateram no limite de tempo e pararam antes; o esperado delas conta só os incrementos feitos de fato.',
    lostChartTitle: 'Atualizações perdidas em cada repetição',
    lostChartAxis: 'atualizações perdidas',
    repeatAxis: 'repetição',
    lostChartNote: ({ expected }) => `Cada barra é uma repetição; cada repetição esperava ${expected}. Um 0 aparece como uma barra fina com o rótulo 0.`,
    timeChartTitle: 'Tempo por incremento em cada repetição',
    timeChartAxis: 'tempo por incremento (ns)',
    timeChartNote: 'Tempo decorrido (relógio) de cada rodada dividido pelos incrementos feitos de fato.',
    processesHeading: 'Os mesmos incrementos em processos separados',
    columnProcess: 'Processo',
    columnPid: 'PID',
    columnCounted: 'Contou',
    columnMs: 'Tempo (ms)',
    stepFigures: { x: 'x no fim', expected: 'Esperado', lost: 'Atualizações perdidas' },
  },
};

export type RaceResultsText = typeof en;
export const resultsText: Localized<RaceResultsText> = { en, 'pt-BR': ptBR };
