/** Words for the crash lesson's pure functions in tests: the real dictionaries, no React. */
import type { Language } from '../../i18n/dictionary.js';
import { en } from '../../i18n/en.js';
import { formattersFor } from '../../i18n/format.js';
import { ptBR } from '../../i18n/ptBR.js';
import type { CrashWords } from './callouts.js';
import { text } from './text.js';

export function wordsFor(language: Language): CrashWords {
  return { t: language === 'en' ? en : ptBR, text: text[language], format: formattersFor(language), language };
}
