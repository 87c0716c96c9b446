/**
 * Where everything goes on the creation stage (SVG user units), from the
 * number of units asked for, so slots wait as outlines and nothing jumps.
 *
 * Wide (900 units):                     Narrow (460 units, phones):
 *   Threads label        [callout]        label / callout stacked,
 *   [thread-host box: lanes, 2 cols > 3]    one lane column,
 *   Processes label      [callout]        2-3 boxes per row
 *   [proc 1] [proc 2] … (4-6 per row)
 *   Stopwatch label
 *   threads   ●  ●●  ●      (ms since the request)
 *   processes      ■ ■■ ■
 */
import type { Rect } from '../../stage/geometry.js';

export const WIDE_STAGE = 900;
export const NARROW_STAGE = 460;
const PAD = 16;
const GAP = 12;
const LABEL_WIDTH = 360;
const LABEL_HEIGHT = 32;
/** Room for four lines of callout text at 14 units (12 px at 1280×720; line height 1.15), or three at 17, plus padding. */
const CALLOUT_HEIGHT = 72;
const NARROW_CALLOUT_HEIGHT = 72;
const HOST_HEADER = 44;
/** Phones: the host box's title, PID and state on three lines (one line would squeeze them). */
const NARROW_HOST_HEADER = 78;
const LANE_HEIGHT = 34;
const LANE_GAP = 8;
const BOX_HEIGHT = 96;
const MAX_BOX_WIDTH = 206;
const TRACK_GAP = 40;

export type Slot = { actorId: string; rect: Rect };
export type Header = { label: Rect; callout: Rect };
export type RulerLayout = { x0: number; x1: number; labelX: number; threadsY: number; processesY: number; axisY: number };

export type CreationLayout = {
  width: number;
  height: number;
  narrow: boolean;
  threads: Header;
  processes: Header;
  stopwatch: { label: Rect };
  threadHost: Rect;
  lanes: readonly Slot[];
  boxes: readonly Slot[];
  ruler: RulerLayout;
};

/** Label and callout: side by side when wide, stacked when narrow. Returns them and where the section's body starts. */
function header(top: number, width: number, narrow: boolean): Header & { bottom: number } {
  if (narrow) {
    const label = { x: PAD, y: top, width: width - 2 * PAD, height: LABEL_HEIGHT };
    const callout = { x: PAD, y: top + LABEL_HEIGHT, width: width - 2 * PAD, height: NARROW_CALLOUT_HEIGHT };
    return { label, callout, bottom: callout.y + NARROW_CALLOUT_HEIGHT + 8 };
  }
  const label = { x: PAD, y: top, width: LABEL_WIDTH, height: CALLOUT_HEIGHT };
  const calloutX = PAD + LABEL_WIDTH + GAP;
  return { label, callout: { x: calloutX, y: top, width: width - PAD - calloutX, height: CALLOUT_HEIGHT }, bottom: top + CALLOUT_HEIGHT + 8 };
}

function boxColumns(units: number, narrow: boolean): number {
  if (narrow) return units <= 4 ? 2 : 3;
  return Math.max(1, Math.min(units, units <= 8 ? 4 : 6));
}

export function layoutCreationStage(unitsAsked: number, width = WIDE_STAGE): CreationLayout {
  const narrow = width < 600;
  const units = Math.max(1, Math.floor(unitsAsked));
  const inner = width - 2 * PAD;

  // Threads: one process box with a lane per thread.
  const threads = header(2, width, narrow);
  const laneColumns = !narrow && units > 3 ? 2 : 1;
  const laneRows = Math.ceil(units / laneColumns);
  const laneWidth = (inner - 32 - (laneColumns - 1) * GAP) / laneColumns;
  const hostHeader = narrow ? NARROW_HOST_HEADER : HOST_HEADER;
  const lanesTop = threads.bottom + hostHeader;
  const lanes = Array.from({ length: units }, (_, index) => ({
    actorId: `thread-1-${index + 1}`,
    rect: {
      x: PAD + 16 + (index % laneColumns) * (laneWidth + GAP),
      y: lanesTop + Math.floor(index / laneColumns) * (LANE_HEIGHT + LANE_GAP),
      width: laneWidth,
      height: LANE_HEIGHT,
    },
  }));
  const threadHost = { x: PAD, y: threads.bottom, width: inner, height: hostHeader + laneRows * (LANE_HEIGHT + LANE_GAP) - LANE_GAP + 14 };

  // Processes: a box each.
  const processes = header(threadHost.y + threadHost.height + 14, width, narrow);
  const columns = boxColumns(units, narrow);
  const boxWidth = Math.min(MAX_BOX_WIDTH, (inner - (columns - 1) * GAP) / columns);
  const boxes = Array.from({ length: units }, (_, index) => ({
    actorId: `proc-1-${index + 1}`,
    rect: {
      x: PAD + (index % columns) * (boxWidth + GAP),
      y: processes.bottom + Math.floor(index / columns) * (BOX_HEIGHT + GAP),
      width: boxWidth,
      height: BOX_HEIGHT,
    },
  }));
  const boxRows = Math.ceil(units / columns);

  // The stopwatch: one track per kind on a shared ms axis, under a one-line label (its callouts go to the processes' slot).
  const stopwatchTop = processes.bottom + boxRows * (BOX_HEIGHT + GAP) + 6;
  const stopwatch = { label: { x: PAD, y: stopwatchTop, width: width - 2 * PAD, height: LABEL_HEIGHT } };
  const labelWidth = narrow ? 100 : 124;
  // The label spans the stage: the slowest unit's figure, above its track, needs the room under it at any width
  // (at 1280×720 in Portuguese a 467 ms figure reached 5 units into "Cronômetro: tempo até ficar pronto (ms)").
  const threadsY = stopwatchTop + LABEL_HEIGHT + 30;
  const ruler = {
    labelX: PAD,
    x0: PAD + labelWidth,
    x1: width - PAD - 24,
    threadsY,
    processesY: threadsY + TRACK_GAP,
    axisY: threadsY + TRACK_GAP + 26,
  };
  return { width, height: ruler.axisY + 34, narrow, threads, processes, stopwatch, threadHost, lanes, boxes, ruler };
}

function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

function inside(inner: Rect, outer: Rect): boolean {
  return inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height;
}

/** Problems with a layout (overlaps, things outside the stage); empty when drawable. Used by tests. */
export function layoutProblems(layout: CreationLayout): string[] {
  const stage = { x: 0, y: 0, width: layout.width, height: layout.height };
  const problems: string[] = [];
  const headers = [layout.threads.label, layout.threads.callout, layout.processes.label, layout.processes.callout, layout.stopwatch.label];
  const blocks = [layout.threadHost, ...layout.boxes.map((slot) => slot.rect)];
  for (const rect of [...headers, ...blocks]) if (!inside(rect, stage)) problems.push(`a rect at y=${rect.y} is outside the stage`);
  layout.lanes.forEach((slot, index) => {
    if (!inside(slot.rect, layout.threadHost)) problems.push(`${slot.actorId} is outside its process`);
    layout.lanes.slice(index + 1).forEach((other) => overlaps(slot.rect, other.rect) && problems.push(`${slot.actorId} overlaps ${other.actorId}`));
  });
  blocks.forEach((block, index) => {
    if (headers.some((item) => overlaps(item, block))) problems.push(`block ${index} overlaps a header`);
    blocks.slice(index + 1).forEach((other) => overlaps(block, other) && problems.push(`block ${index} overlaps another`));
  });
  const lastBlock = Math.max(...blocks.map((block) => block.y + block.height));
  if (layout.stopwatch.label.y < lastBlock) problems.push('the stopwatch overlaps the boxes');
  if (layout.ruler.x1 - layout.ruler.x0 < 200) problems.push('the stopwatch is too short to read');
  return problems;
}
