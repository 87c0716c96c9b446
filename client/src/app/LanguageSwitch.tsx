/** Language buttons, on every screen. The pressed one is marked by shape (underline, bold) and aria-pressed, not colour alone. */
import { languageNames, languages } from '../i18n/dictionary.js';
import { useI18n } from '../i18n/index.js';
import { useLabStore } from '../store/labStore.js';

export function LanguageSwitch() {
  const { t, language } = useI18n();
  const setLanguage = useLabStore((state) => state.setLanguage);
  return (
    <div className="language-switch" role="group" aria-label={t.app.languageLabel}>
      {languages.map((option) => (
        <button
          key={option}
          type="button"
          lang={option}
          aria-pressed={option === language}
          data-testid={`language-${option}`}
          onClick={() => setLanguage(option)}
        >
          {languageNames[option]}
        </button>
      ))}
    </div>
  );
}
