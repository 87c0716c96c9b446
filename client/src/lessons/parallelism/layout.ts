/**
 * Where everything goes on the parallelism stage (SVG user units), from the
 * largest configuration the run will reach, so nothing jumps.
 *
 * Wide (900):                                   Narrow (460): the same blocks
 *   Now: <configuration>        [callout]       stacked: label, callout,
 *   [cores]  [work area: the threaded process    cores, work area, timeline.
 *             with its lanes, or the processes]
 *   Each configuration, real clock  [callout]
 *   baseline   ▬▬▬▬▬▬▬▬
 *   1 thread   ▬▬▬▬▬▬▬▬▬
 *   …          (one line per unit, start → exit)
 */
import type { Rect } from '../../stage/geometry.js';

export const WIDE_STAGE = 900;
export const NARROW_STAGE = 460;
const PAD = 16;
const GAP = 12;
const LABEL_WIDTH = 330;
const LABEL_HEIGHT = 32;
const CALLOUT_HEIGHT = 68;
const NARROW_CALLOUT_HEIGHT = 72;
const CORES_WIDTH = 200;
const HOST_HEADER = 44;
const LANE_HEIGHT = 34;
const LANE_GAP = 8;
const BOX_HEIGHT = 96;
const ROW_HEIGHT = 22;

export type Header = { label: Rect; callout: Rect };
export type CoresLayout = { rect: Rect; columns: number };
export type TimelineLayout = { labelX: number; x0: number; x1: number; top: number; rowHeight: number; axisY: number };

export type ParallelismLayout = {
  width: number;
  height: number;
  narrow: boolean;
  now: Header;
  cores: Rect;
  /** Where the current configuration is drawn. */
  work: Rect;
  timeline: Header;
  rows: TimelineLayout;
  rowCount: number;
};

function header(top: number, width: number, narrow: boolean): Header & { bottom: number } {
  if (narrow) {
    const label = { x: PAD, y: top, width: width - 2 * PAD, height: LABEL_HEIGHT };
    const callout = { x: PAD, y: top + LABEL_HEIGHT, width: width - 2 * PAD, height: NARROW_CALLOUT_HEIGHT };
    return { label, callout, bottom: callout.y + NARROW_CALLOUT_HEIGHT + 8 };
  }
  const calloutX = PAD + LABEL_WIDTH + GAP;
  return {
    label: { x: PAD, y: top, width: LABEL_WIDTH, height: CALLOUT_HEIGHT },
    callout: { x: calloutX, y: top, width: width - PAD - calloutX, height: CALLOUT_HEIGHT },
    bottom: top + CALLOUT_HEIGHT + 8,
  };
}

/** Lane columns for n threads: two when there are many (wide only). */
export function laneColumns(n: number, narrow: boolean): number {
  return !narrow && n > 4 ? 2 : 1;
}

/** Box columns for n processes in a work area of this width. */
export function boxColumns(n: number, workWidth: number): number {
  return Math.max(1, Math.min(n, Math.floor((workWidth + GAP) / (150 + GAP)), 4));
}

/** Height the work area needs for every configuration up to `workers` (lanes or boxes, whichever is taller). */
function workHeight(workers: number, workWidth: number, narrow: boolean): number {
  let height = BOX_HEIGHT;
  for (let n = 1; n <= workers; n += 1) {
    const laneRows = Math.ceil(n / laneColumns(n, narrow));
    const lanes = HOST_HEADER + laneRows * (LANE_HEIGHT + LANE_GAP) - LANE_GAP + 14;
    const boxes = Math.ceil(n / boxColumns(n, workWidth)) * (BOX_HEIGHT + GAP) - GAP;
    height = Math.max(height, lanes, boxes);
  }
  return height;
}

export function layoutParallelismStage(maxWorkers: number, width = WIDE_STAGE): ParallelismLayout {
  const narrow = width < 600;
  const workers = Math.max(1, Math.floor(maxWorkers));
  const inner = width - 2 * PAD;
  const now = header(2, width, narrow);

  let cores: Rect;
  let work: Rect;
  if (narrow) {
    cores = { x: PAD, y: now.bottom, width: inner, height: 86 };
    work = { x: PAD, y: cores.y + cores.height + GAP, width: inner, height: 0 };
  } else {
    cores = { x: PAD, y: now.bottom, width: CORES_WIDTH, height: 0 };
    work = { x: PAD + CORES_WIDTH + GAP, y: now.bottom, width: inner - CORES_WIDTH - GAP, height: 0 };
  }
  work.height = workHeight(workers, work.width, narrow);
  if (!narrow) cores.height = Math.max(work.height, 150);

  const timeline = header(Math.max(cores.y + cores.height, work.y + work.height) + 14, width, narrow);
  const rowCount = 1 + 2 * workers;
  const labelWidth = narrow ? 104 : 124;
  const rows = { labelX: PAD, x0: PAD + labelWidth, x1: width - PAD - 70, top: timeline.bottom + 4, rowHeight: ROW_HEIGHT, axisY: timeline.bottom + 4 + rowCount * ROW_HEIGHT + 4 };
  return { width, height: rows.axisY + 32, narrow, now, cores, work, timeline, rows, rowCount };
}

/** Where n lanes go inside the threaded process's box (the work area). */
export function laneRects(work: Rect, n: number, narrow: boolean): Rect[] {
  const columns = laneColumns(n, narrow);
  const laneWidth = (work.width - 32 - (columns - 1) * GAP) / columns;
  return Array.from({ length: n }, (_, index) => ({
    x: work.x + 16 + (index % columns) * (laneWidth + GAP),
    y: work.y + HOST_HEADER + Math.floor(index / columns) * (LANE_HEIGHT + LANE_GAP),
    width: laneWidth,
    height: LANE_HEIGHT,
  }));
}

/** The threaded process's box for n lanes: as tall as its lanes need. */
export function hostRect(work: Rect, n: number, narrow: boolean): Rect {
  const rows = Math.ceil(Math.max(1, n) / laneColumns(n, narrow));
  return { x: work.x, y: work.y, width: work.width, height: HOST_HEADER + rows * (LANE_HEIGHT + LANE_GAP) - LANE_GAP + 14 };
}

/** Where n process boxes go in the work area. */
export function boxRects(work: Rect, n: number): Rect[] {
  const columns = boxColumns(n, work.width);
  const boxWidth = Math.min(206, (work.width - (columns - 1) * GAP) / columns);
  return Array.from({ length: n }, (_, index) => ({
    x: work.x + (index % columns) * (boxWidth + GAP),
    y: work.y + Math.floor(index / columns) * (BOX_HEIGHT + GAP),
    width: boxWidth,
    height: BOX_HEIGHT,
  }));
}

function inside(inner: Rect, outer: Rect): boolean {
  return inner.x >= outer.x - 0.01 && inner.y >= outer.y - 0.01 && inner.x + inner.width <= outer.x + outer.width + 0.01 && inner.y + inner.height <= outer.y + outer.height + 0.01;
}

function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Problems with a layout for every configuration up to its max; empty when drawable. Used by tests. */
export function layoutProblems(layout: ParallelismLayout, maxWorkers: number): string[] {
  const problems: string[] = [];
  const stage = { x: 0, y: 0, width: layout.width, height: layout.height };
  for (const rect of [layout.now.label, layout.now.callout, layout.cores, layout.work, layout.timeline.label, layout.timeline.callout]) {
    if (!inside(rect, stage)) problems.push(`a block at y=${rect.y} is outside the stage`);
  }
  if (overlaps(layout.cores, layout.work)) problems.push('the cores overlap the work area');
  for (let n = 1; n <= maxWorkers; n += 1) {
    const host = hostRect(layout.work, n, layout.narrow);
    if (!inside(host, layout.work)) problems.push(`${n} threads: the process box leaves the work area`);
    const lanes = laneRects(layout.work, n, layout.narrow);
    lanes.forEach((lane, index) => {
      if (!inside(lane, host)) problems.push(`${n} threads: lane ${index + 1} leaves its process`);
      lanes.slice(index + 1).forEach((other) => overlaps(lane, other) && problems.push(`${n} threads: lanes overlap`));
    });
    const boxes = boxRects(layout.work, n);
    boxes.forEach((box, index) => {
      if (!inside(box, layout.work)) problems.push(`${n} processes: box ${index + 1} leaves the work area`);
      boxes.slice(index + 1).forEach((other) => overlaps(box, other) && problems.push(`${n} processes: boxes overlap`));
    });
  }
  if (layout.rows.axisY + 30 > layout.height) problems.push('the timeline axis is cut off');
  return problems;
}
