/** /lessons/:id — the lesson's page, loaded on demand, or "coming soon"; under it, the run's export and replay tools. */
import { Suspense } from 'react';
import { RunTools } from '../classroom/RunTools.js';
import { useI18n } from '../i18n/index.js';
import { lessonTitle } from '../i18n/lessonTitle.js';
import { lessonComponent } from '../lessons/registry.js';
import { Link } from '../router/Link.js';
import { useLabStore } from '../store/labStore.js';

export function LessonRoute({ id }: { id: string }) {
  const { t } = useI18n();
  const presenting = useLabStore((state) => state.classroom.presenting);
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
      {!presenting && <RunTools lessonId={id} />}
    </Suspense>
  );
}
