/** The app: top bar, notices, the page for the current path, and the classroom layers (presenter view, overlays, replay). */
import { useEffect } from 'react';
import { CurrentEventAnnouncer } from './app/CurrentEventAnnouncer.js';
import { LessonRoute } from './app/LessonRoute.js';
import { Notices } from './app/Notices.js';
import { TopBar } from './app/TopBar.js';
import { JoinCard } from './classroom/JoinCard.js';
import { GuidedPathPage } from './classroom/learn/GuidedPathPage.js';
import { Overlays } from './classroom/Overlays.js';
import { ReplayFile } from './classroom/ReplayFile.js';
import { RunPermalink } from './classroom/RunPermalink.js';
import { ReplayPanel } from './classroom/RunTools.js';
import { usePresenterChrome, usePresenterKeys } from './classroom/usePresenterView.js';
import { ClassWall } from './handsOn/ClassWall.js';
import { HandsOnControls } from './handsOn/HandsOnControls.js';
import { HomePage } from './home/HomePage.js';
import { useI18n } from './i18n/index.js';
import { Link } from './router/Link.js';
import { matchRoute, usePathname } from './router/router.js';
import { isRoomPresenter } from './store/classroomSlice.js';
import { useLabStore } from './store/labStore.js';

export function App() {
  const { t, language } = useI18n();
  const route = matchRoute(usePathname());
  const presenting = useLabStore((state) => state.classroom.presenting);
  // In classroom mode the presenter's home page shows students how to join.
  const showJoin = useLabStore((state) => isRoomPresenter(state) && state.room?.classroom === true);

  useEffect(() => {
    document.documentElement.lang = language;
    document.title = t.app.name;
  }, [language, t]);
  usePresenterChrome(presenting);
  usePresenterKeys(route.name === 'lesson' ? route.id : undefined);

  return (
    <>
      <a className="skip-link" href="#main">
        {t.app.skipToContent}
      </a>
      <TopBar />
      <Notices />
      <ReplayFile />
      <main id="main" tabIndex={-1}>
        {route.name === 'home' && (
          <>
            {showJoin && <JoinCard />}
            <HandsOnControls />
            <HomePage />
            <ReplayPanel />
          </>
        )}
        {route.name === 'lesson' && <LessonRoute key={route.id} id={route.id} />}
        {route.name === 'learn' && <GuidedPathPage />}
        {route.name === 'class' && <ClassWall />}
        {route.name === 'run' && <RunPermalink key={route.id} id={route.id} />}
        {route.name === 'notFound' && (
          <section className="panel narrow">
            <h1>{t.notFound.title}</h1>
            <p>{t.notFound.body}</p>
            <Link href="/">{t.lessonPage.back}</Link>
          </section>
        )}
      </main>
      <Overlays />
      <CurrentEventAnnouncer />
    </>
  );
}
