/**
 * Where marks go on the backend stage so they cover no words. Pure.
 * - Request chips: in a thread lane, between its title and its state text;
 *   in a cluster worker's box, right of its "served N" line.
 * - A dead box's crash mark: the stage's CrashMark starts its crack on the
 *   top edge of the box it is given, 12 units in (or just left of its badge,
 *   if that is further right); given the whole box, the crack went through
 *   the header's title ("thread-pool server · ⚡ID 30504"). So it is given
 *   the stretch of the top edge past the title.
 */
import { estimateTextWidth, type Rect } from '../../stage/geometry.js';

/** ProcessBox's compact header: the title starts 14 units in and gets `titleShare` of the width inside 12-unit margins. */
export type HeaderSizes = { title: number; titleShare: number };

/** The part of `box` right of its header title, where the crack may start (never closer than 24 units to the right edge). */
export function crackZone(box: Rect, header: string, sizes: HeaderSizes): Rect {
  const inner = box.width - 24;
  const titleEnd = box.x + 14 + Math.min(estimateTextWidth(header, sizes.title, true), inner * sizes.titleShare);
  const x = Math.min(titleEnd + 4, box.x + box.width - 24);
  return { x, y: box.y, width: box.x + box.width - x, height: box.height };
}

/** Where CrashMark will draw the crack, for tests: 12 units into the zone, or 16 left of the badge. */
export function crackX(zone: Rect, badge: Rect): number {
  return Math.max(zone.x + 12, badge.x - 16);
}

const CHIP_STEP = 34;

/**
 * The strip of a thread lane between its title ("thread 1 · TID 14357", left)
 * and its state text ("o processo morreu", right), as ThreadLane draws them,
 * and how many request chips fit in it (at least one: a lost request must show).
 * RequestChips lines its chips up ending 14 units before the rect's right edge.
 */
export function laneChipStrip(lane: Rect, titleText: string, stateText: string): { rect: Rect; maxChips: number } {
  const titleEnd = lane.x + 16 + Math.min(estimateTextWidth(titleText, 17, true), lane.width * 0.55);
  const stateStart = lane.x + lane.width - 16 - Math.min(estimateTextWidth(stateText, 15), lane.width * 0.4);
  const chipsEnd = stateStart - 6;
  return {
    rect: { x: lane.x, y: lane.y, width: chipsEnd + 14 - lane.x, height: lane.height },
    maxChips: Math.max(1, Math.floor((chipsEnd - titleEnd - 4) / CHIP_STEP)),
  };
}

/**
 * How many request chips fit in a cluster worker's box right of its
 * "served N" line (drawn 14 units in at 14 px), at least one.
 */
export function boxChipMax(slot: Rect, leftText: string): number {
  const textEnd = slot.x + 14 + Math.min(estimateTextWidth(leftText, 14), slot.width * 0.45);
  return Math.max(1, Math.floor((slot.x + slot.width - 14 - textEnd - 6) / CHIP_STEP));
}
