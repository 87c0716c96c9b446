/**
 * The learner's progress on this device: predictions, how they compared with
 * what was measured, quiz answers. Kept in localStorage (nothing is sent to
 * the server) and checked with zod when read, so a stale or hand-edited value
 * is dropped instead of breaking the page.
 */
import { useSyncExternalStore } from 'react';
import { z } from 'zod';
import { answerQuestion, type QuizAnswers } from './quiz.js';

const STORAGE_KEY = 'process-thread-lab.progress';

const lessonProgressSchema = z.object({
  prediction: z.object({ answer: z.string().max(40), at: z.number() }).optional(),
  /** The comparison with a run, once that run's end was shown. */
  outcome: z.object({ runId: z.string().max(64), comparison: z.enum(['match', 'close', 'miss']) }).optional(),
  quiz: z.record(z.string().max(20), z.object({ choice: z.number().int(), correct: z.boolean(), tries: z.number().int().positive() })).optional(),
  visited: z.boolean().optional(),
});
const progressSchema = z.object({ version: z.literal(1), lessons: z.record(z.string().max(64), lessonProgressSchema) });

export type LessonProgress = z.infer<typeof lessonProgressSchema>;
export type Progress = z.infer<typeof progressSchema>;

const empty: Progress = { version: 1, lessons: {} };

type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** Reads progress from text, or starts over when it is missing or not ours. Pure. */
export function parseProgress(text: string | null): Progress {
  if (!text) return empty;
  try {
    const parsed = progressSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : empty;
  } catch {
    return empty;
  }
}

function storage(): KeyValueStorage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

let current: Progress = parseProgress(readStored());
const listeners = new Set<() => void>();

function readStored(): string | null {
  try {
    return storage()?.getItem(STORAGE_KEY) ?? null;
  } catch {
    return null;
  }
}

function save(next: Progress): void {
  current = next;
  try {
    storage()?.setItem(STORAGE_KEY, JSON.stringify(next));
  } catch {
    // Full or disabled storage: progress lasts for this page only.
  }
  for (const listener of [...listeners]) listener();
}

function updateLesson(lesson: string, change: (previous: LessonProgress) => LessonProgress): void {
  const previous = current.lessons[lesson] ?? {};
  save({ ...current, lessons: { ...current.lessons, [lesson]: change(previous) } });
}

export const progressStore = {
  get: (): Progress => current,
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  markVisited(lesson: string): void {
    if (current.lessons[lesson]?.visited) return;
    updateLesson(lesson, (previous) => ({ ...previous, visited: true }));
  },
  /** A new prediction replaces the old one and forgets the old comparison. */
  predict(lesson: string, answer: string, at: number): void {
    updateLesson(lesson, ({ outcome: _dropped, ...rest }) => ({ ...rest, prediction: { answer, at } }));
  },
  clearPrediction(lesson: string): void {
    updateLesson(lesson, ({ prediction: _p, outcome: _o, ...rest }) => rest);
  },
  recordOutcome(lesson: string, runId: string, comparison: 'match' | 'close' | 'miss'): void {
    const previous = current.lessons[lesson]?.outcome;
    if (previous?.runId === runId && previous.comparison === comparison) return;
    updateLesson(lesson, (rest) => ({ ...rest, outcome: { runId, comparison } }));
  },
  answer(lesson: string, questionId: string, choice: number, correctIndex: number): void {
    updateLesson(lesson, (previous) => ({ ...previous, quiz: { ...answerQuestion((previous.quiz ?? {}) as QuizAnswers, questionId, choice, correctIndex) } }));
  },
  resetQuiz(lesson: string): void {
    updateLesson(lesson, ({ quiz: _q, ...rest }) => rest);
  },
  resetAll(): void {
    save(empty);
  },
};

// Another tab of the same browser made progress: show it here too.
if (typeof window !== 'undefined') {
  window.addEventListener('storage', (event) => {
    if (event.key !== STORAGE_KEY) return;
    current = parseProgress(event.newValue);
    for (const listener of [...listeners]) listener();
  });
}

export function useProgress(): Progress {
  return useSyncExternalStore(progressStore.subscribe, progressStore.get, progressStore.get);
}
