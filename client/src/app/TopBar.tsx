/**
 * The bar on every screen: app name (home link), the guided path, the
 * classroom room (following / N following), connection state, presenter
 * view and language. In presenter view it floats over the page, gains the
 * presenter's row of controls, and hides while the mouse rests.
 */
import { PresenterBar } from '../classroom/PresenterBar.js';
import { setPresenting } from '../classroom/presenterActions.js';
import { RoomStatus } from '../classroom/RoomStatus.js';
import { classroomText } from '../classroom/text.js';
import { learnText } from '../classroom/learn/text.js';
import { useI18n, useLocalized } from '../i18n/index.js';
import { Link } from '../router/Link.js';
import { usePathname } from '../router/router.js';
import { useLabStore } from '../store/labStore.js';
import { ConnectionBadge } from './ConnectionBadge.js';
import { LanguageSwitch } from './LanguageSwitch.js';

export function TopBar() {
  const { t } = useI18n();
  const classroom = useLocalized(classroomText);
  const learn = useLocalized(learnText);
  const presenting = useLabStore((state) => state.classroom.presenting);
  // Presenter view is for whoever runs the lab; a read-only student has no use for it.
  const canControl = useLabStore((state) => state.connection.canControl);
  const onPath = usePathname() === '/learn';
  return (
    <header className="top-bar">
      <div className="top-bar-row">
        <Link href="/" className="brand" data-testid="home-link">
          <svg aria-hidden="true" width="28" height="28" viewBox="0 0 28 28" className="brand-mark">
            <rect x="2" y="4" width="24" height="20" rx="4" fill="none" stroke="currentColor" strokeWidth="2.5" />
            <path d="M7 11h14M7 17h14" stroke="currentColor" strokeWidth="2.5" strokeDasharray="4 3" />
          </svg>
          {t.app.name}
        </Link>
        <Link href="/learn" className="top-link" aria-current={onPath ? 'page' : undefined} data-testid="path-link">
          {learn.pathTitle}
        </Link>
        <RoomStatus />
        <ConnectionBadge />
        {(canControl || presenting) && (
          <button type="button" className="top-button" aria-pressed={presenting} onClick={() => setPresenting(!presenting)} data-testid="present-toggle">
            {classroom.presenter.enter}
          </button>
        )}
        <LanguageSwitch />
      </div>
      {presenting && <PresenterBar />}
    </header>
  );
}
