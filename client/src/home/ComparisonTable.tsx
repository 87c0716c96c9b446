/**
 * The notes' process-vs-thread table, each row linked to the lesson that
 * shows it live, with that lesson's latest verdict measured on this machine
 * (or a plain "not measured yet" — never a figure that was not measured here).
 */
import type { ExperimentSpec } from '../../../shared/experiments.js';
import { useI18n, useLocalized } from '../i18n/index.js';
import { lessonTitle } from '../i18n/lessonTitle.js';
import { hasLesson } from '../lessons/registry.js';
import { Link } from '../router/Link.js';
import { comparisonRows, lessonsForRow } from './comparisonRows.js';
import './homeVerdicts.css';
import { useMeasuredRuns } from './measuredRuns.js';
import { lessonVerdicts, type LessonVerdict } from './rowVerdicts.js';
import { homeText } from './text.js';
import { verdictFunctions } from './verdictModules.js';

export function ComparisonTable({ catalog }: { catalog: readonly ExperimentSpec[] }) {
  const { t, language } = useI18n();
  const measured = useMeasuredRuns();
  return (
    <section aria-labelledby="comparison-heading" className="panel">
      <h2 id="comparison-heading">{t.home.tableHeading}</h2>
      <div className="table-scroll">
        <table className="comparison" data-testid="comparison-table">
          <caption>{t.home.tableCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.home.columnAspect}</th>
              <th scope="col">{t.home.columnProcess}</th>
              <th scope="col">{t.home.columnThread}</th>
              <th scope="col">{t.home.columnLesson}</th>
            </tr>
          </thead>
          <tbody>
            {comparisonRows.map((row) => {
              const text = t.comparison[row.id];
              const lessons = lessonsForRow(row, catalog, hasLesson);
              const verdicts = lessonVerdicts(lessons, measured.latest, verdictFunctions, language);
              return (
                <tr key={row.id} data-testid={`comparison-row-${row.id}`}>
                  <th scope="row">{text.aspect}</th>
                  {/* data-label names the column when phones show each row as a card. */}
                  <td data-label={t.home.columnProcess}>{text.process}</td>
                  <td data-label={t.home.columnThread}>{text.thread}</td>
                  <td data-label={t.home.columnLesson} className="lesson-cell">
                    {lessons.length === 0 ? (
                      <span className="badge badge-soon">{t.home.comingSoon}</span>
                    ) : (
                      verdicts.map((verdict) => <LessonVerdictCell key={verdict.lessonId} verdict={verdict} loaded={measured.loaded} />)
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function LessonVerdictCell({ verdict, loaded }: { verdict: LessonVerdict; loaded: boolean }) {
  const { t } = useI18n();
  const text = useLocalized(homeText);
  const id = verdict.lessonId;
  return (
    <div className="lesson-verdict" data-testid={`verdict-${id}`} data-state={loaded ? verdict.state : 'loading'}>
      <Link href={`/lessons/${id}`} className="lesson-link">
        {lessonTitle(t, id).title} →
      </Link>
      {!loaded ? (
        <p className="verdict-pending">{text.checking}</p>
      ) : verdict.state === 'measured' ? (
        <p className="verdict-measured">
          <span className="visually-hidden">{text.measuredHere} </span>
          <Link href={`/runs/${verdict.runId}`} className="verdict-link">
            {verdict.sentence}
          </Link>
        </p>
      ) : verdict.state === 'measuredWithoutSentence' ? (
        <p className="verdict-pending">
          <Link href={`/runs/${verdict.runId}`}>{text.measuredWithoutSentence}</Link>
        </p>
      ) : (
        <p className="verdict-pending">{text.notMeasured}</p>
      )}
    </div>
  );
}
