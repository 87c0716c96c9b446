/**
 * The guided path: the lessons in the order the course notes (the seeds)
 * present the differences — memory, communication, isolation (the race),
 * creation cost, failure impact (the crash), using the cores (parallelism),
 * then the backend context and when to use which (backend) — and where a
 * learner stands in it. Pure.
 */
import type { LessonProgress, Progress } from './progress.js';
import { scoreQuiz } from './quiz.js';

export const guidedPath = ['memory', 'communication', 'race', 'creation', 'crash', 'parallelism', 'backend'] as const;
export type PathLesson = (typeof guidedPath)[number];

export function isPathLesson(id: string): id is PathLesson {
  return (guidedPath as readonly string[]).includes(id);
}

/** Question ids of a lesson's quiz (its three questions, by position). */
export const quizQuestionIds = ['q1', 'q2', 'q3'] as const;

export type LessonStatus = 'notStarted' | 'predicted' | 'compared' | 'complete';

/** A lesson is complete when its prediction was compared with a run and its quiz solved. */
export function lessonStatus(progress: LessonProgress | undefined): LessonStatus {
  if (!progress) return 'notStarted';
  const quiz = scoreQuiz(progress.quiz ?? {}, quizQuestionIds);
  if (progress.outcome && quiz.complete) return 'complete';
  if (progress.outcome) return 'compared';
  if (progress.prediction) return 'predicted';
  return 'notStarted';
}

export function completedCount(progress: Progress): number {
  return guidedPath.filter((lesson) => lessonStatus(progress.lessons[lesson]) === 'complete').length;
}

/** Where a lesson sits on the path: its step and its neighbours. */
export function pathPosition(lesson: string): { step: number; previous: PathLesson | undefined; next: PathLesson | undefined } | undefined {
  const index = (guidedPath as readonly string[]).indexOf(lesson);
  if (index < 0) return undefined;
  return { step: index + 1, previous: guidedPath[index - 1], next: guidedPath[index + 1] };
}

/** Where to continue: the first lesson not completed, else the first. */
export function continueAt(progress: Progress): PathLesson {
  return guidedPath.find((lesson) => lessonStatus(progress.lessons[lesson]) !== 'complete') ?? guidedPath[0];
}
