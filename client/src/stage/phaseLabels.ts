/**
 * Which phase names fit on the timeline, and on which side of their mark:
 * phases can begin a few events apart (the race lesson's plain, atomic and
 * lock rounds), and their names would print over each other. A name is shown
 * only if it starts after the previous shown name ends; its mark is drawn
 * either way. A name that would run past the timeline's end hangs to the left
 * of its mark instead (on a phone the timeline is a third of a projector's).
 * Pure.
 */

export type PhaseMark = { index: number; name: string; /** 0..100 along the timeline. */ percent: number };
/** 'right': the name starts at its mark; 'left': it ends there. */
export type LabelSide = 'right' | 'left';

/** Rough width of a phase label in px (0.8rem bold, the arrow and a gap). */
function labelWidthPx(name: string): number {
  return name.length * 8.6 + 22;
}

/**
 * @param marks in timeline order.
 * @param timelinePx the timeline's width on screen.
 * @returns the marks whose names are printed, with the side each hangs to.
 */
export function fittingPhaseLabels(marks: readonly PhaseMark[], timelinePx: number): Map<number, LabelSide> {
  const shown = new Map<number, LabelSide>();
  let freeFrom = -Infinity;
  for (const mark of marks) {
    const atPx = (mark.percent / 100) * timelinePx;
    const width = labelWidthPx(mark.name);
    const side: LabelSide = atPx + width > timelinePx ? 'left' : 'right';
    const startPx = side === 'left' ? atPx - width : atPx;
    // Too long for the room on either side, or over the previous name: only the mark stays.
    if (startPx < 0 || startPx < freeFrom) continue;
    shown.set(mark.index, side);
    freeFrom = startPx + width;
  }
  return shown;
}
