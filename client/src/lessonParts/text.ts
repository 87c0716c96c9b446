/**
 * Text shared by the creation, parallelism and communication lesson pages
 * (panels every lesson has), English and Brazilian Portuguese.
 */
import type { Localized } from '../i18n/dictionary.js';

const en = {
  calloutsHeading: 'What just happened',
  calloutsEmpty: 'Explanations appear here as the run plays.',
  verdictHeading: 'Verdict: this run, on this machine',
  verdictWaiting: 'The verdict appears when playback reaches the end of the run.',
  resultsWaiting: 'The measured figures appear when playback reaches the end of the run.',
  failed: ({ error }: { error: string }) => `The run failed: ${error}`,
  unreadable: 'The run finished, but its result does not have the expected shape.',
  cutForTime: 'The run hit its time budget, so fewer rounds were measured than asked for.',
  nodeNotesHeading: 'Honest about Node.js',
  unknownNote: ({ id }: { id: string }) => `The run mentions "${id}", which this page does not explain yet.`,
  chartLoading: 'Loading the chart…',
};

const ptBR: typeof en = {
  calloutsHeading: 'O que acabou de acontecer',
  calloutsEmpty: 'As explicações aparecem aqui durante a reprodução.',
  verdictHeading: 'Veredito: esta execução, nesta máquina',
  verdictWaiting: 'O veredito aparece quando a reprodução chega ao fim da execução.',
  resultsWaiting: 'Os números medidos aparecem quando a reprodução chega ao fim da execução.',
  failed: ({ error }) => `A execução falhou: ${error}`,
  unreadable: 'A execução terminou, mas o resultado não tem o formato esperado.',
  cutForTime: 'A execução chegou ao limite de tempo, então foram medidas menos rodadas do que o pedido.',
  nodeNotesHeading: 'Sendo honesto sobre o Node.js',
  unknownNote: ({ id }) => `A execução menciona "${id}", que esta página ainda não explica.`,
  chartLoading: 'Carregando o gráfico…',
};

export type PartsText = typeof en;
export const partsText: Localized<PartsText> = { en, 'pt-BR': ptBR };
