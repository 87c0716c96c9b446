/**
 * Where a dead box's crash mark goes on the backend stage so it covers no
 * words (request chips are placed by layout.ts, laneChips/boxChips). Pure.
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
