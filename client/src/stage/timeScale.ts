/**
 * A linear map from real run time (ns) to x on the stage, shared by every
 * strip of a lesson so that the same moment lines up across actors. Pure.
 */
export type TimeWindow = { from: number; to: number };

/** x for real time `t` in a strip that starts at `left` and is `width` wide; clamped to the strip. */
export function timeToX(timeWindow: TimeWindow, t: number, left: number, width: number): number {
  const span = Math.max(1, timeWindow.to - timeWindow.from);
  const share = Math.max(0, Math.min(1, (t - timeWindow.from) / span));
  return left + share * width;
}
