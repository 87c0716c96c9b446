/** The home page's verdict texts, English and Brazilian Portuguese. */
import type { Localized } from '../i18n/dictionary.js';

const en = {
  notMeasured: 'not measured yet on this machine — run the lesson',
  measuredWithoutSentence: 'measured on this machine — open the lesson for its figures',
  measuredHere: 'Measured on this machine:',
  checking: 'checking this machine’s runs…',
};

const ptBR: typeof en = {
  notMeasured: 'ainda não medido nesta máquina — rode a lição',
  measuredWithoutSentence: 'medido nesta máquina — abra a lição para ver os números',
  measuredHere: 'Medido nesta máquina:',
  checking: 'consultando as execuções desta máquina…',
};

export const homeText: Localized<typeof en> = { en, 'pt-BR': ptBR };
