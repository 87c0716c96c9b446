/**
 * Reading holds: the stage shows the latest note of each of its sections, so
 * a note stays up only until the next note of its section. On the pacing
 * alone (clock/pacing.ts: 160–500 ms between events) a 12-word note could be
 * replaced within a second. So, one event ahead, a lesson page looks at the
 * notes the next event would show; where one would replace a note that has
 * not been up long enough to read at a projector's pace, it asks the
 * presentation clock to hold the next event back until it has. Pure; the
 * real `t` of every event is untouched (only the presentation waits).
 */
import type { ReadingHold } from '../clock/pacing.js';

/** A slow reading pace for a room reading a projected screen (silent reading of prose runs at 4 or more). */
export const WORDS_PER_SECOND = 3;

/** What a stage note needs here: which section it sits in, who it is, what it says. */
export type BoardNote = { id: string; section: string; text: string };

/** The note up in each section, since which event (the first of its run on the stage), in its latest words. */
export type NoteBoard = ReadonlyMap<string, { id: string; text: string; since: number }>;

/** Words a reader reads: tokens with a letter or a digit ("×", "—" and "→" are not words). */
export function wordCount(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/** Time to read `text` at `wordsPerSecond`, rounded up to the millisecond. */
export function readingMs(text: string, wordsPerSecond = WORDS_PER_SECOND): number {
  return Math.ceil((wordCount(text) / wordsPerSecond) * 1000);
}

/** The latest note of each section (notes in the order the stage lists them: the last of a section is the one drawn). */
function latestBySection(notes: readonly BoardNote[]): Map<string, BoardNote> {
  const latest = new Map<string, BoardNote>();
  for (const note of notes) latest.set(note.section, note);
  return latest;
}

/**
 * The board after event `index`, whose notes are `notes`. The same note with
 * a figure that moved on (x = 2, then x = 3) is not a new note: the room goes
 * on reading it, so it keeps its `since`. A board that was not at `index - 1`
 * (a seek) starts every note at `index`, which can only make holds longer.
 */
export function boardAt(previous: NoteBoard | undefined, previousIndex: number | undefined, index: number, notes: readonly BoardNote[]): NoteBoard {
  const continues = previous !== undefined && previousIndex === index - 1;
  const board = new Map<string, { id: string; text: string; since: number }>();
  for (const [section, note] of latestBySection(notes)) {
    const before = continues ? previous.get(section) : undefined;
    board.set(section, { id: note.id, text: note.text, since: before && before.id === note.id ? before.since : index });
  }
  return board;
}

/**
 * Holds for event `nextIndex`: one for each note of `board` that the next
 * event's notes replace (another note takes its section), as long as reading
 * it takes from the event it first appeared at.
 */
export function holdsBeforeNext(board: NoteBoard, nextIndex: number, nextNotes: readonly BoardNote[], wordsPerSecond = WORDS_PER_SECOND): ReadingHold[] {
  const holds: ReadingHold[] = [];
  for (const [section, note] of latestBySection(nextNotes)) {
    const up = board.get(section);
    if (!up || up.id === note.id || up.since >= nextIndex) continue;
    holds.push({ from: up.since, until: nextIndex, minMs: readingMs(up.text, wordsPerSecond) });
  }
  return holds;
}

/** Adds holds to a set kept by their `until` (one per event: the longest wait wins). */
export function mergeHolds(known: ReadonlyMap<number, ReadingHold>, added: readonly ReadingHold[]): Map<number, ReadingHold> | undefined {
  let merged: Map<number, ReadingHold> | undefined;
  for (const hold of added) {
    const before = (merged ?? known).get(hold.until);
    if (before && before.from <= hold.from && before.minMs >= hold.minMs) continue;
    merged ??= new Map(known);
    merged.set(hold.until, before ? { from: Math.min(before.from, hold.from), until: hold.until, minMs: Math.max(before.minMs, hold.minMs) } : hold);
  }
  return merged;
}

/**
 * Every hold a whole run needs, as the page finds them when it is played from
 * the start: `notesAt(i)` is what the stage shows after event i. For tests
 * and for a page that has every note at hand; the page itself finds them one
 * event ahead (useReadingHolds.ts), with the same functions.
 */
export function holdsForRun(eventCount: number, notesAt: (index: number) => readonly BoardNote[], wordsPerSecond = WORDS_PER_SECOND): ReadingHold[] {
  let known = new Map<number, ReadingHold>();
  let board: NoteBoard | undefined;
  let current = eventCount > 0 ? notesAt(0) : [];
  for (let index = 0; index < eventCount; index += 1) {
    board = boardAt(board, index - 1, index, current);
    if (index + 1 >= eventCount) break;
    const next = notesAt(index + 1);
    known = mergeHolds(known, holdsBeforeNext(board, index + 1, next, wordsPerSecond)) ?? known;
    current = next;
  }
  return [...known.values()];
}
