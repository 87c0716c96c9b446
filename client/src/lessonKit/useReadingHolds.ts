/**
 * Gives the presentation clock the reading holds of the run on stage
 * (readingHolds.ts): on every event, the page passes the notes its stage
 * shows now and the notes the next event would show; where the next event
 * would replace a note before the room has read it, the clock holds that
 * event back. Holds belong to one loaded run: a new load starts afresh.
 */
import { useEffect, useRef } from 'react';
import type { ReadingHold } from '../clock/pacing.js';
import { useLabStore } from '../store/labStore.js';
import { selectLoads, useClock } from '../store/useClock.js';
import { boardAt, holdsBeforeNext, mergeHolds, type BoardNote, type NoteBoard } from './readingHolds.js';

type Memory = { loads: number; index: number | undefined; board: NoteBoard | undefined; holds: Map<number, ReadingHold> };

export function useReadingHolds(index: number, notesNow: readonly BoardNote[], notesNext: readonly BoardNote[] | undefined): void {
  const clock = useLabStore((state) => state.clock);
  const loads = useClock(selectLoads);
  const memory = useRef<Memory>({ loads, index: undefined, board: undefined, holds: new Map() });
  useEffect(() => {
    let kept = memory.current;
    if (kept.loads !== loads) kept = { loads, index: undefined, board: undefined, holds: new Map() };
    if (index < 0) {
      memory.current = { ...kept, index: undefined, board: undefined };
      return;
    }
    const board = boardAt(kept.board, kept.index, index, notesNow);
    const merged = notesNext ? mergeHolds(kept.holds, holdsBeforeNext(board, index + 1, notesNext)) : undefined;
    memory.current = { loads, index, board, holds: merged ?? kept.holds };
    if (merged) clock.setHolds([...merged.values()]);
  }, [clock, loads, index, notesNow, notesNext]);
}
