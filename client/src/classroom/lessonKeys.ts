/**
 * The presenter's number keys: 1 opens the catalog's first lesson, 2 the
 * second, and so on up to 9 (a single key press; 0 is not a lesson). Derived
 * from the catalog, so a new lesson gets its key by itself. Pure.
 */

/** Number keys reach at most this many lessons. */
const MAX_NUMBER_KEY = 9;

/** The lesson a key opens, or undefined when the key is not a lesson's number. */
export function lessonAtKey(key: string, lessons: readonly string[]): string | undefined {
  if (!/^[1-9]$/.test(key)) return undefined;
  return lessons[Number(key) - 1];
}

/** The highest number key in use, as text ("7" for seven lessons). */
export function lastLessonKey(lessons: readonly string[]): string {
  return String(Math.min(MAX_NUMBER_KEY, lessons.length));
}
