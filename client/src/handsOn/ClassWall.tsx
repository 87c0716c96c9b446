/**
 * /class — the class wall: what a hands-on class measured, lesson by lesson,
 * from the server's class.summary (live, at most about once a second).
 * Readable when projected at 1920×1080 and usable on a 390 px phone: the
 * lessons flow into as many columns as fit.
 */
import { experiments } from '../../../shared/experiments.js';
import { useI18n, useLocalized } from '../i18n/index.js';
import { Link } from '../router/Link.js';
import { handsOnRole } from '../store/handsOnSlice.js';
import { useLabStore } from '../store/labStore.js';
import { HandsOnControls } from './HandsOnControls.js';
import { LessonAggregateCard } from './LessonAggregateCard.js';
import { handsOnText } from './text.js';
import { classCounts } from './wording.js';
import './handsOn.css';

/** Lessons in catalog order, then any the server knows that this page does not. */
export function orderedLessons(ids: readonly string[]): string[] {
  const catalog: readonly string[] = experiments.map((experiment) => experiment.id);
  return [...catalog.filter((id) => ids.includes(id)), ...ids.filter((id) => !catalog.includes(id))];
}

export function ClassWall() {
  const { language } = useI18n();
  const text = useLocalized(handsOnText).wall;
  const summary = useLabStore((state) => state.handsOn.summary);
  const role = useLabStore(handsOnRole);
  const open = useLabStore((state) => state.handsOn.state?.open === true);
  const lessons = summary ? orderedLessons(Object.keys(summary.lessons)).filter((id) => (summary.lessons[id]?.runs ?? 0) > 0) : [];
  return (
    <article className="class-wall" data-testid="class-wall">
      <header className="class-wall-header">
        <h1>{text.title}</h1>
        {summary && (
          <p className="class-totals" data-testid="class-totals" data-runs={summary.runs} data-students={summary.students}>
            {classCounts(summary, language).totals}
          </p>
        )}
        <p className="class-source">{text.source}</p>
      </header>
      <HandsOnControls wallLink={false} />
      {role === 'presenter' && !open && summary && <p className="muted">{text.closedNote}</p>}
      {lessons.length === 0 ? (
        <p className="panel class-waiting" data-testid="class-waiting">
          {role === 'student' ? text.hiddenForStudent : text.waiting}
        </p>
      ) : (
        <div className="class-lessons">
          {lessons.map((id) => {
            const aggregate = summary?.lessons[id];
            return aggregate ? <LessonAggregateCard key={id} lessonId={id} aggregate={aggregate} /> : null;
          })}
        </div>
      )}
      <p>
        <Link href="/">{text.back}</Link>
      </p>
    </article>
  );
}
