/** The app: top bar, notices, and the page for the current path. */
import { useEffect } from 'react';
import { LessonRoute } from './app/LessonRoute.js';
import { Notices } from './app/Notices.js';
import { TopBar } from './app/TopBar.js';
import { HomePage } from './home/HomePage.js';
import { useI18n } from './i18n/index.js';
import { Link } from './router/Link.js';
import { matchRoute, usePathname } from './router/router.js';

export function App() {
  const { t, language } = useI18n();
  const route = matchRoute(usePathname());

  useEffect(() => {
    document.documentElement.lang = language;
    document.title = t.app.name;
  }, [language, t]);

  return (
    <>
      <a className="skip-link" href="#main">
        {t.app.skipToContent}
      </a>
      <TopBar />
      <Notices />
      <main id="main" tabIndex={-1}>
        {route.name === 'home' && <HomePage />}
        {route.name === 'lesson' && <LessonRoute key={route.id} id={route.id} />}
        {route.name === 'notFound' && (
          <section className="panel narrow">
            <h1>{t.notFound.title}</h1>
            <p>{t.notFound.body}</p>
            <Link href="/">{t.lessonPage.back}</Link>
          </section>
        )}
      </main>
    </>
  );
}
