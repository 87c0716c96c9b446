/** The bar on every screen: app name (home link), connection state, language switch. */
import { useI18n } from '../i18n/index.js';
import { Link } from '../router/Link.js';
import { ConnectionBadge } from './ConnectionBadge.js';
import { LanguageSwitch } from './LanguageSwitch.js';

export function TopBar() {
  const { t } = useI18n();
  return (
    <header className="top-bar">
      <Link href="/" className="brand" data-testid="home-link">
        <svg aria-hidden="true" width="28" height="28" viewBox="0 0 28 28" className="brand-mark">
          <rect x="2" y="4" width="24" height="20" rx="4" fill="none" stroke="currentColor" strokeWidth="2.5" />
          <path d="M7 11h14M7 17h14" stroke="currentColor" strokeWidth="2.5" strokeDasharray="4 3" />
        </svg>
        {t.app.name}
      </Link>
      <ConnectionBadge />
      <LanguageSwitch />
    </header>
  );
}
