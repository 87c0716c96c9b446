/**
 * The self-paced slot a lesson page renders (one line, at the top of its
 * side column):
 *   <LessonCompanion lessonId={lessonId} />
 * It shows the lesson's prediction question (and, after the run, how the
 * prediction compares with what was measured), a three-question quiz, and
 * the way along the guided path. In presenter view only the question for
 * the class stays. Renders nothing for a lesson with no questions.
 */
import { useEffect } from 'react';
import { useI18n, useLocalized } from '../../i18n/index.js';
import { lessonTitle } from '../../i18n/lessonTitle.js';
import { Link } from '../../router/Link.js';
import { useLabStore } from '../../store/labStore.js';
import { guidedPath, isPathLesson, pathPosition } from './path.js';
import { PredictCard } from './PredictCard.js';
import { progressStore } from './progress.js';
import { isPredictionLesson } from '../../../../shared/predictions.js';
import { QuizCard } from './QuizCard.js';
import { learnText } from './text.js';

function PathNav({ lesson }: { lesson: string }) {
  const { t, format } = useI18n();
  const text = useLocalized(learnText);
  const position = pathPosition(lesson);
  if (!position) return null;
  return (
    <nav className="path-nav" aria-label={text.pathTitle} data-testid="path-nav">
      <Link href="/learn">{text.backToPath}</Link>
      <span className="muted"> · {text.step({ n: format.integer(position.step), total: format.integer(guidedPath.length) })}</span>
      {position.next && (
        <Link href={`/lessons/${position.next}`} className="path-next" data-testid="path-next">
          {text.next({ title: lessonTitle(t, position.next).title })} →
        </Link>
      )}
    </nav>
  );
}

export function LessonCompanion({ lessonId }: { lessonId: string }) {
  const text = useLocalized(learnText);
  const presenting = useLabStore((state) => state.classroom.presenting);

  useEffect(() => {
    progressStore.markVisited(lessonId);
  }, [lessonId]);

  if (!isPredictionLesson(lessonId) || !isPathLesson(lessonId)) return null;
  return (
    <section className="panel companion" aria-label={text.companionLabel} data-testid="lesson-companion">
      <PredictCard lesson={lessonId} presenting={presenting} />
      {!presenting && <QuizCard lesson={lessonId} />}
      {!presenting && <PathNav lesson={lessonId} />}
    </section>
  );
}
