/**
 * "Your class so far": under a student's results, once the server sends the
 * class's summary (after the student's own first run ended), what the class
 * measured in this lesson, compact, with a link to the whole wall.
 */
import { useI18n, useLocalized } from '../i18n/index.js';
import { Link } from '../router/Link.js';
import { handsOnRole } from '../store/handsOnSlice.js';
import { useLabStore } from '../store/labStore.js';
import { LessonAggregateCard } from './LessonAggregateCard.js';
import { handsOnText } from './text.js';
import { classCounts } from './wording.js';
import './handsOn.css';

export function ClassSoFar({ lessonId }: { lessonId: string }) {
  const { language } = useI18n();
  const text = useLocalized(handsOnText).wall;
  const student = useLabStore((state) => handsOnRole(state) === 'student');
  const summary = useLabStore((state) => state.handsOn.summary);
  const aggregate = summary?.lessons[lessonId];
  if (!student || !summary || !aggregate || aggregate.runs === 0) return null;
  return (
    <section className="panel class-so-far" aria-labelledby="class-so-far-heading" data-testid="class-so-far">
      <h2 id="class-so-far-heading">{text.yourClass}</h2>
      <p className="muted note">
        {classCounts(summary, language).pair} · {text.source}
      </p>
      <LessonAggregateCard lessonId={lessonId} aggregate={aggregate} compact />
      <Link href="/class" data-testid="class-wall-link">
        {text.open}
      </Link>
    </section>
  );
}
