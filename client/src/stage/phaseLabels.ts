/**
 * Which phase names fit on the timeline: phases can begin a few events apart
 * (the race lesson's plain, atomic and lock rounds), and their names would
 * print over each other. A name is shown only if it starts after the
 * previous shown name ends; its mark is drawn either way. Pure.
 */

/** Names of phases that start past this point hang to the left of their mark. */
export const LEFT_HANGING_FROM_PERCENT = 70;

export type PhaseMark = { index: number; name: string; /** 0..100 along the timeline. */ percent: number };

/** Rough width of a phase label in px (0.8rem bold, the arrow and a gap). */
function labelWidthPx(name: string): number {
  return name.length * 8.6 + 22;
}

/**
 * @param marks in timeline order.
 * @param timelinePx assumed width of the timeline; the narrowest usual layout errs on the safe side.
 */
export function fittingPhaseLabels(marks: readonly PhaseMark[], timelinePx = 600): Set<number> {
  const shown = new Set<number>();
  let freeFrom = -Infinity;
  for (const mark of marks) {
    const atPx = (mark.percent / 100) * timelinePx;
    const width = labelWidthPx(mark.name);
    // Past 70% a name hangs to the left of its mark (see Timeline), so it starts a width earlier.
    const startPx = mark.percent > LEFT_HANGING_FROM_PERCENT ? atPx - width : atPx;
    if (startPx < freeFrom) continue;
    shown.add(mark.index);
    freeFrom = startPx + width;
  }
  return shown;
}
