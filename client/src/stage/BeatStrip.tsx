/**
 * An actor's heartbeats over real time, like an ECG trace: one spike per
 * heartbeat at the moment it was sent. All strips of a stage share one time
 * window, so a fault (dashed line) lines up across every actor, and who kept
 * beating after it is visible at a glance. After the actor died, the trace
 * is a thick flat line starting at a cross: the shape says "stopped", not
 * only the colour. An actor that finished normally ends with a short bar.
 */
import type { Rect } from './geometry.js';
import { palette } from './palette.js';
import { timeToX, type TimeWindow } from './timeScale.js';

export type StripMark = { t: number; kind: 'fault' | 'now' };

type BeatStripProps = {
  rect: Rect;
  timeWindow: TimeWindow;
  /** Real times (ns) of the heartbeats played so far. */
  beats: readonly number[];
  /** When the actor ended (ns), if it has, and whether it died (signal, error) or finished. */
  ended?: { t: number; died: boolean } | undefined;
  /** The playhead's real time: the trace is drawn up to here. */
  now: number;
  marks?: readonly StripMark[];
  /** The newest spike is this actor's current event: drawn heavier. */
  beatIsCurrent?: boolean;
  testId?: string;
};

export function BeatStrip({ rect, timeWindow, beats, ended, now, marks = [], beatIsCurrent = false, testId }: BeatStripProps) {
  const x = (t: number) => timeToX(timeWindow, t, rect.x, rect.width);
  const base = rect.y + rect.height * 0.72;
  const top = rect.y + 2;
  const nowX = x(now);
  const endX = ended === undefined ? undefined : x(ended.t);
  const spikes = beats.map((t) => {
    const at = x(t);
    return `M${at - 3.5} ${base}L${at} ${top}L${at + 3} ${base + 5}L${at + 5} ${base}`;
  });
  const last = beats.at(-1);
  return (
    <g data-testid={testId} data-beats={beats.length} data-ended={ended ? (ended.died ? 'died' : 'finished') : undefined} className="beat-strip" pointerEvents="none">
      <rect x={rect.x} y={rect.y} width={rect.width} height={rect.height} rx={4} fill="#f7f6f2" />
      {/* The trace so far: a live baseline up to now (or to the end), then spikes on it. */}
      <line x1={rect.x} y1={base} x2={endX ?? nowX} y2={base} stroke={palette.ink} strokeWidth={1.5} />
      {spikes.length > 0 && <path d={spikes.join('')} fill="none" stroke={palette.ink} strokeWidth={1.8} strokeLinejoin="round" />}
      {beatIsCurrent && last !== undefined && (
        <path d={`M${x(last) - 3.5} ${base}L${x(last)} ${top}L${x(last) + 3} ${base + 5}L${x(last) + 5} ${base}`} fill="none" stroke={palette.write} strokeWidth={3.5} strokeLinejoin="round" />
      )}
      {endX !== undefined && !ended?.died && <line x1={endX} y1={top + 2} x2={endX} y2={base + 6} stroke={palette.ink} strokeWidth={3} />}
      {endX !== undefined && ended?.died && (
        <g className="beat-strip-flat">
          <line x1={endX} y1={base} x2={Math.max(endX, nowX)} y2={base} stroke={palette.exited} strokeWidth={5} strokeLinecap="round" />
          <path d={`M${endX - 6} ${base - 6}l12 12M${endX + 6} ${base - 6}l-12 12`} stroke={palette.ink} strokeWidth={3} strokeLinecap="round" />
        </g>
      )}
      {marks.map((mark) =>
        mark.kind === 'fault' ? (
          <line key={`fault-${mark.t}`} x1={x(mark.t)} y1={rect.y - 2} x2={x(mark.t)} y2={rect.y + rect.height + 2} stroke={palette.write} strokeWidth={2.5} strokeDasharray="5 4" />
        ) : (
          <line key={`now-${mark.t}`} x1={x(mark.t)} y1={rect.y} x2={x(mark.t)} y2={rect.y + rect.height} stroke={palette.muted} strokeWidth={1} />
        ),
      )}
    </g>
  );
}
