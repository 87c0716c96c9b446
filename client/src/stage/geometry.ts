/** Small geometry helpers for the stage (SVG user units). */

export type Point = { x: number; y: number };
export type Rect = { x: number; y: number; width: number; height: number };

export function center(rect: Rect): Point {
  return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
}

export function lerp(from: Point, to: Point, progress: number): Point {
  const p = Math.max(0, Math.min(1, progress));
  return { x: from.x + (to.x - from.x) * p, y: from.y + (to.y - from.y) * p };
}

/** Ease in-out, so a moving token starts and lands softly. */
export function ease(progress: number): number {
  const p = Math.max(0, Math.min(1, progress));
  return p < 0.5 ? 2 * p * p : 1 - (-2 * p + 2) ** 2 / 2;
}

/** Where the line from `rect`'s centre towards `toward` leaves the rect: arrows end on edges, not inside boxes. */
export function edgePoint(rect: Rect, toward: Point): Point {
  const c = center(rect);
  const dx = toward.x - c.x;
  const dy = toward.y - c.y;
  if (dx === 0 && dy === 0) return c;
  const scaleX = dx === 0 ? Infinity : rect.width / 2 / Math.abs(dx);
  const scaleY = dy === 0 ? Infinity : rect.height / 2 / Math.abs(dy);
  const scale = Math.min(scaleX, scaleY);
  return { x: c.x + dx * scale, y: c.y + dy * scale };
}

/**
 * Rough text width for the stage's sans-serif font; used to decide when a
 * label must be squeezed. Errs on the wide side (bold glyphs are wider), since
 * squeezing a label that would have fitted is harmless and overflowing is not.
 */
export function estimateTextWidth(text: string, fontSize: number, bold = false): number {
  return text.length * fontSize * (bold ? 0.63 : 0.57);
}

/** Whether two rectangles share any area (touching edges do not count). Used by layout tests. */
export function rectsOverlap(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Whether `inner` lies entirely within `outer`. Used by layout tests. */
export function rectInside(inner: Rect, outer: Rect): boolean {
  return inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height;
}
