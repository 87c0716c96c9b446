/** The notes' process-vs-thread table, each row linked to the lesson that shows it live. */
import { useI18n } from '../i18n/index.js';
import { lessonTitle } from '../i18n/lessonTitle.js';
import { hasLesson } from '../lessons/registry.js';
import { Link } from '../router/Link.js';
import type { ExperimentSpec } from '../../../shared/experiments.js';
import { comparisonRows, lessonsForRow } from './comparisonRows.js';

export function ComparisonTable({ catalog }: { catalog: readonly ExperimentSpec[] }) {
  const { t } = useI18n();
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
              return (
                <tr key={row.id} data-testid={`comparison-row-${row.id}`}>
                  <th scope="row">{text.aspect}</th>
                  {/* data-label names the column when phones show each row as a card. */}
                  <td data-label={t.home.columnProcess}>{text.process}</td>
                  <td data-label={t.home.columnThread}>{text.thread}</td>
                  <td data-label={t.home.columnLesson}>
                    {lessons.length === 0 ? (
                      <span className="badge badge-soon">{t.home.comingSoon}</span>
                    ) : (
                      lessons.map((id) => (
                        <Link key={id} href={`/lessons/${id}`} className="lesson-link">
                          {lessonTitle(t, id).title} →
                        </Link>
                      ))
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
