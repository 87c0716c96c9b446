/** Words for the race lesson's pure functions in tests: the real dictionaries, no React. */
import type { Language } from '../../i18n/dictionary.js';
import { en } from '../../i18n/en.js';
import { formattersFor } from '../../i18n/format.js';
import { ptBR } from '../../i18n/ptBR.js';
import type { RaceWords } from './callouts.js';
import { resultsText } from './resultsText.js';
import { text } from './text.js';

export function wordsFor(language: Language): RaceWords {
  return { t: language === 'en' ? en : ptBR, text: text[language], results: resultsText[language], format: formattersFor(language), language };
}
