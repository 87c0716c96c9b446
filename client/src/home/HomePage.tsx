/** The home page: what processes and threads are, the lessons, and the comparison table. */
import { useI18n } from '../i18n/index.js';
import { useCatalog } from './catalog.js';
import { ComparisonTable } from './ComparisonTable.js';
import { LessonList } from './LessonList.js';

export function HomePage() {
  const { t } = useI18n();
  const catalog = useCatalog();
  return (
    <div className="home">
      <header className="home-intro">
        <h1>{t.home.title}</h1>
        <p>{t.home.introProcess}</p>
        <p>{t.home.introThread}</p>
        <p className="lead">{t.home.introLab}</p>
      </header>
      <ComparisonTable catalog={catalog.experiments} />
      <LessonList catalog={catalog.experiments} />
      {!catalog.loading && catalog.source === 'built-in' && <p className="note">{t.home.catalogOffline}</p>}
    </div>
  );
}
