/**
 * UI preferences: the language. Chosen from the browser at the first visit,
 * then remembered in localStorage so a projector laptop keeps the class's choice.
 */
import { detectLanguage, isLanguage, type Language } from '../i18n/dictionary.js';
import type { Slice } from './types.js';

export type UiSlice = {
  language: Language;
  setLanguage(language: Language): void;
};

const STORAGE_KEY = 'process-thread-lab.language';

type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem'>;

function browserStorage(): KeyValueStorage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    // Storage can throw when disabled (privacy settings); the app works without it.
    return undefined;
  }
}

export function initialLanguage(storage: KeyValueStorage | undefined, preferred: readonly string[]): Language {
  const saved = storage?.getItem(STORAGE_KEY);
  return isLanguage(saved) ? saved : detectLanguage(preferred);
}

export function createUiSlice(storage: KeyValueStorage | undefined = browserStorage()): Slice<UiSlice> {
  const preferred = typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]);
  return (set) => ({
    language: initialLanguage(storage, preferred),
    setLanguage(language) {
      try {
        storage?.setItem(STORAGE_KEY, language);
      } catch {
        // Quota or privacy mode: remembering is a nicety, switching still works.
      }
      set({ language });
    },
  });
}
