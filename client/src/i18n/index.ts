/**
 * The app's text in every language, and the hook components use to read it:
 *   const { t, format } = useI18n();
 *   t.playback.realTime({ ms: format.milliseconds(event.t) })
 */
import { useLabStore } from '../store/labStore.js';
import type { Dictionary, Language, Localized } from './dictionary.js';
import { en } from './en.js';
import { formattersFor, type Formatters } from './format.js';
import { ptBR } from './ptBR.js';

export const dictionaries: Localized<Dictionary> = { en, 'pt-BR': ptBR };

export type I18n = { language: Language; t: Dictionary; format: Formatters };

export function useI18n(): I18n {
  const language = useLabStore((state) => state.language);
  return { language, t: dictionaries[language], format: formattersFor(language) };
}

/** Picks a lesson's own text (kept beside the lesson as a `Localized<T>`) in the current language. */
export function useLocalized<T>(text: Localized<T>): T {
  const language = useLabStore((state) => state.language);
  return text[language];
}
