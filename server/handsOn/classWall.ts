/**
 * The class wall: a hands-on class's runs aggregated per lesson, from each
 * run's recorded result (never from anything a client typed): race lost
 * updates, the creation ratio, the parallelism speedup, and how many
 * predictions matched what the predicting student's own run measured
 * (compared on the server with shared/predictions.ts). Bounded: at most
 * MAX_FIGURES figures per lesson are kept (the most recent).
 */
import { parallelismResultSchema } from '../../shared/results/parallelism.js';
import { comparePrediction, isPredictionLesson, measure, predictionOptions } from '../../shared/predictions.js';
import type { ClassSummary } from '../../shared/protocol.js';
import type { RunRecord } from '../runs/runRecord.js';

export const MAX_FIGURES = 2000;
/** Predictions waiting for their run to end; past it the oldest is forgotten. */
const MAX_PENDING_PREDICTIONS = 5000;

type LessonFigures = {
  runs: number;
  students: Set<string>;
  raceLostUpdates: number[];
  creationRatios: number[];
  parallelismSpeedups: number[];
  predictions: { matched: number; total: number };
};

export type WallFigures = { experiment: string; student: string; result: unknown };

/** The figures one finished run adds to the wall (pure). */
export function figuresOf(experiment: string, result: unknown): { raceLost?: number; creationRatio?: number; speedup?: number } {
  if (!isPredictionLesson(experiment)) return {};
  const measured = measure(experiment, result);
  // The wall's histogram counts whole updates; a median of an even count of rounds may end in .5.
  if (measured?.lesson === 'race') return { raceLost: Math.round(measured.lostMedian) };
  if (measured?.lesson === 'creation') return { creationRatio: measured.ratio };
  if (experiment === 'parallelism') {
    const parsed = parallelismResultSchema.safeParse(result);
    if (!parsed.success) return {};
    const best = Math.max(0, ...parsed.data.threads.map((configuration) => configuration.speedup));
    return { speedup: best };
  }
  return {};
}

export function createClassWall() {
  const lessons = new Map<string, LessonFigures>();
  const students = new Set<string>();
  const pending = new Map<string, { lesson: string; choice: string }>();
  const counted = new Set<string>();
  let runs = 0;
  let version = 0;

  function lesson(id: string): LessonFigures {
    let figures = lessons.get(id);
    if (!figures) {
      figures = { runs: 0, students: new Set(), raceLostUpdates: [], creationRatios: [], parallelismSpeedups: [], predictions: { matched: 0, total: 0 } };
      lessons.set(id, figures);
    }
    return figures;
  }

  const keep = (list: number[], value: number | undefined): void => {
    if (value === undefined || !Number.isFinite(value)) return;
    list.push(value);
    if (list.length > MAX_FIGURES) list.shift();
  };

  function score(run: RunRecord, choice: string): void {
    if (!isPredictionLesson(run.experiment)) return;
    const measured = measure(run.experiment, run.result);
    if (!measured) return;
    const figures = lesson(run.experiment);
    figures.predictions.total += 1;
    if (comparePrediction(run.experiment, choice, measured) === 'match') figures.predictions.matched += 1;
    version += 1;
  }

  return {
    /** Counts a student's run once it finished with a result; other runs add nothing. */
    record(run: RunRecord): void {
      if (!run.owner?.student || run.status !== 'finished' || !run.result || counted.has(run.id)) return;
      counted.add(run.id);
      if (counted.size > MAX_PENDING_PREDICTIONS * 4) counted.delete(counted.values().next().value as string);
      const figures = lesson(run.experiment);
      runs += 1;
      figures.runs += 1;
      students.add(run.owner.key);
      figures.students.add(run.owner.key);
      const added = figuresOf(run.experiment, run.result);
      keep(figures.raceLostUpdates, added.raceLost);
      keep(figures.creationRatios, added.creationRatio);
      keep(figures.parallelismSpeedups, added.speedup);
      version += 1;
      const prediction = pending.get(run.id);
      if (prediction) {
        pending.delete(run.id);
        score(run, prediction.choice);
      }
    },

    /**
     * A student's prediction for their own run, scored when that run has a
     * result. Only the first prediction per run counts (no re-guessing after the fact).
     * @returns an error in words, or undefined when taken
     */
    predict(run: RunRecord, choice: string): string | undefined {
      if (!isPredictionLesson(run.experiment)) return `the ${run.experiment.slice(0, 40)} lesson asks for no prediction`;
      const options: readonly string[] = predictionOptions[run.experiment];
      if (!options.includes(choice)) return `"${choice.slice(0, 40)}" is not one of this lesson's options (${options.join(', ')})`;
      if (pending.has(run.id)) return 'this run already has a prediction';
      // A prediction about a run that already ended is not a prediction.
      if (run.status !== 'queued' && run.status !== 'running') return 'a prediction must be made before the run ends';
      pending.set(run.id, { lesson: run.experiment, choice });
      if (pending.size > MAX_PENDING_PREDICTIONS) pending.delete(pending.keys().next().value as string);
      return undefined;
    },

    /** Changes whenever the summary does: lets the hub send it only when there is news. */
    version: () => version,

    summary(): ClassSummary {
      const perLesson: ClassSummary['lessons'] = {};
      for (const [id, figures] of lessons) {
        perLesson[id] = {
          runs: figures.runs,
          students: figures.students.size,
          ...(figures.raceLostUpdates.length ? { raceLostUpdates: [...figures.raceLostUpdates] } : {}),
          ...(figures.creationRatios.length ? { creationRatios: [...figures.creationRatios] } : {}),
          ...(figures.parallelismSpeedups.length ? { parallelismSpeedups: [...figures.parallelismSpeedups] } : {}),
          ...(figures.predictions.total ? { predictions: { ...figures.predictions } } : {}),
        };
      }
      return { runs, students: students.size, lessons: perLesson };
    },
  };
}

export type ClassWall = ReturnType<typeof createClassWall>;
