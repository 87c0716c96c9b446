/**
 * The dictionary's type and the supported languages.
 * English defines the shape; every other language must match it exactly.
 */
import type { en } from './en.js';

export type Dictionary = typeof en;

export const languages = ['en', 'pt-BR'] as const;
export type Language = (typeof languages)[number];

/** Names shown in the language switch, each in its own language. */
export const languageNames: Record<Language, string> = { en: 'English', 'pt-BR': 'Português' };

/** Text that a lesson keeps beside its code, typed the same way: English shape, every language complete. */
export type Localized<T> = Record<Language, T>;

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

/** The language to start with: the browser's preference if we have it, else English. */
export function detectLanguage(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const lower = tag.toLowerCase();
    if (lower.startsWith('pt')) return 'pt-BR';
    if (lower.startsWith('en')) return 'en';
  }
  return 'en';
}
