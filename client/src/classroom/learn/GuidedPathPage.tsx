/**
 * /learn — the guided path: the lessons in the course notes' order, each
 * with its idea in two sentences (from the notes) and where the learner
 * stands (predicted, compared with a run, quiz score), kept on this device.
 */
import { useI18n, useLocalized } from '../../i18n/index.js';
import { lessonTitle } from '../../i18n/lessonTitle.js';
import { Link } from '../../router/Link.js';
import { completedCount, continueAt, guidedPath, lessonStatus, quizQuestionIds } from './path.js';
import { progressStore, useProgress } from './progress.js';
import { scoreQuiz } from './quiz.js';
import { learnText } from './text.js';

export function GuidedPathPage() {
  const { t, format } = useI18n();
  const text = useLocalized(learnText);
  const progress = useProgress();
  const next = continueAt(progress);
  const total = format.integer(guidedPath.length);
  return (
    <section className="guided-path" data-testid="guided-path">
      <header className="panel guided-path-intro">
        <h1>{text.pathTitle}</h1>
        <p className="lead">{text.pathLead({ count: total })}</p>
        <p data-testid="path-progress">
          <strong>{text.done({ count: format.integer(completedCount(progress)), total })}</strong>
        </p>
        <p className="guided-path-actions">
          <Link href={`/lessons/${next}`} className="button-link primary" data-testid="path-continue">
            {text.open}: {lessonTitle(t, next).title} →
          </Link>
          <button
            type="button"
            className="link-button"
            onClick={() => {
              if (window.confirm(text.resetConfirm)) progressStore.resetAll();
            }}
          >
            {text.resetAll}
          </button>
        </p>
      </header>
      <ol className="path-steps">
        {guidedPath.map((lesson, index) => {
          const lessonProgress = progress.lessons[lesson];
          const status = lessonStatus(lessonProgress);
          const quiz = scoreQuiz(lessonProgress?.quiz ?? {}, quizQuestionIds);
          return (
            <li key={lesson} className={`panel path-step status-${status}`} data-testid={`path-step-${lesson}`} data-status={status}>
              <p className="path-step-number">{text.step({ n: format.integer(index + 1), total })}</p>
              <h2>
                <Link href={`/lessons/${lesson}`}>{lessonTitle(t, lesson).title}</Link>
              </h2>
              {text.lessons[lesson].intro.map((paragraph) => (
                <p key={paragraph}>{paragraph}</p>
              ))}
              <p className="path-step-status">
                <span className="status-chip">{text.status[status]}</span>
                {quiz.solved > 0 && (
                  <span className="status-chip">{text.status.quiz({ score: format.integer(quiz.firstTry), total: format.integer(quiz.total) })}</span>
                )}
              </p>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
