/** The lessons: every experiment in the catalog, plus lesson folders without one. */
import type { ExperimentSpec } from '../../../shared/experiments.js';
import { useI18n } from '../i18n/index.js';
import { lessonTitle } from '../i18n/lessonTitle.js';
import { hasLesson, lessonIds } from '../lessons/registry.js';
import { Link } from '../router/Link.js';

export function LessonList({ catalog }: { catalog: readonly ExperimentSpec[] }) {
  const { t } = useI18n();
  const ids = [...new Set([...catalog.map((experiment) => experiment.id), ...lessonIds])];
  return (
    <section aria-labelledby="lessons-heading" className="panel">
      <h2 id="lessons-heading">{t.home.lessonsHeading}</h2>
      <ul className="lesson-list" data-testid="lesson-list">
        {ids.map((id) => {
          const { title, summary } = lessonTitle(t, id);
          const ready = hasLesson(id);
          return (
            <li key={id} className={ready ? 'lesson-card ready' : 'lesson-card soon'} data-testid={`lesson-card-${id}`}>
              {ready ? (
                <Link href={`/lessons/${id}`} className="lesson-card-title">
                  {title}
                </Link>
              ) : (
                <span className="lesson-card-title">{title}</span>
              )}
              {!ready && <span className="badge badge-soon">{t.home.comingSoon}</span>}
              <p>{summary}</p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
