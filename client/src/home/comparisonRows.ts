/**
 * The comparison table's rows (from the course notes), and which lessons
 * prove each row. The mapping is data: an experiment's `proves` list in
 * shared/experiments.ts names the rows it demonstrates, and `plannedLessons`
 * names lessons that have no experiment of their own. A row links to every
 * such lesson whose folder exists, and says "coming soon" otherwise.
 */
import type { ExperimentSpec } from '../../../shared/experiments.js';
import type { Dictionary } from '../i18n/dictionary.js';

export type ComparisonRowId = keyof Dictionary['comparison'];

export type ComparisonRow = {
  id: ComparisonRowId;
  /** `proves` tags that select this row's experiments. */
  proves: readonly string[];
  /** Lessons for this row that are not in the experiment catalog. */
  plannedLessons: readonly string[];
};

export const comparisonRows: readonly ComparisonRow[] = [
  { id: 'isolation', proves: ['memory', 'isolation'], plannedLessons: [] },
  { id: 'communication', proves: ['communication'], plannedLessons: [] },
  { id: 'creation', proves: ['creation'], plannedLessons: [] },
  { id: 'robustness', proves: ['robustness'], plannedLessons: [] },
  { id: 'use', proves: ['use'], plannedLessons: ['backend'] },
];

/** Lesson ids that demonstrate `row` and exist, in catalog order; empty means "coming soon". */
export function lessonsForRow(
  row: ComparisonRow,
  catalog: readonly ExperimentSpec[],
  lessonExists: (id: string) => boolean,
): string[] {
  const fromCatalog = catalog.filter((experiment) => experiment.proves.some((tag) => row.proves.includes(tag)));
  const ids = [...fromCatalog.map((experiment) => experiment.id), ...row.plannedLessons];
  return [...new Set(ids)].filter(lessonExists);
}
