/** /lessons/:id — the lesson's page, loaded on demand, or "coming soon". */
import { Suspense } from 'react';
import { useI18n } from '../i18n/index.js';
import { lessonTitle } from '../i18n/lessonTitle.js';
import { lessonComponent } from '../lessons/registry.js';
import { Link } from '../router/Link.js';

export function LessonRoute({ id }: { id: string }) {
  const { t } = useI18n();
  const Lesson = lessonComponent(id);
  if (!Lesson) {
    return (
      <section className="panel narrow" data-testid="lesson-coming-soon">
        <h1>{lessonTitle(t, id).title}</h1>
        <h2>{t.lessonPage.comingSoonTitle}</h2>
        <p>{t.lessonPage.comingSoonBody}</p>
        <Link href="/">{t.lessonPage.back}</Link>
      </section>
    );
  }
  return (
    <Suspense fallback={<p className="loading">{t.lessonPage.loading}</p>}>
      <Lesson lessonId={id} />
    </Suspense>
  );
}
