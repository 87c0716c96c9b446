/**
 * Where everything goes on the memory stage (SVG user units).
 * Computed from the run's parameters, not from what has started yet, so
 * nothing jumps when a process appears: slots wait as faint outlines.
 *
 * Wide (900 units, laptops and projectors):
 *   Processes: each has its own x          [callout]
 *   [parent + x]   [child 1 + x] [child 2 + x] … (4 per row)
 *   Threads: one process, one shared x     [callout]
 *   [process with threads: lanes thread 1..N        [shared x]]
 * Narrow (460 units, phones): two boxes per row with the parent first,
 * callouts under the section labels, the shared x under the lanes.
 */
import type { Rect } from '../../stage/geometry.js';

export const WIDE_STAGE = 900;
export const NARROW_STAGE = 460;
const PAD = 16;
const LABEL_HEIGHT = 34;
const CALLOUT_HEIGHT = 48;
/** Room above the boxes for the message channel (envelopes travel along it). */
const CHANNEL_ROOM = 24;
const GAP = 14;
const BASE_BOX_HEIGHT = 140;
/** With the native engine a box also shows where x lives (&x) and the page-fault count: two more lines. */
const DETAILED_BOX_HEIGHT = 176;
const HOST_WIDTH = 232;
const MAX_CHILD_WIDTH = 210;
const LANE_HEIGHT = 36;
const LANE_GAP = 8;
const THREAD_HEADER = 48;
const SHARED_CELL = { width: 200, height: 64 };
/** Lanes area is at least this tall, so the shared cell and its caption fit with one thread (wide layout). */
const MIN_LANES_HEIGHT = 104;

export type BoxSlot = { actorId: string; box: Rect; cell: Rect };
export type LaneSlot = { actorId: string; lane: Rect };

export type MemoryLayout = {
  width: number;
  /** Phone layout: the shared cell sits under the lanes, its label under it. */
  narrow: boolean;
  /** Boxes have room for the address of x and the page-fault count (native engine). */
  detailed: boolean;
  height: number;
  processesLabel: Rect;
  threadsLabel: Rect;
  /** Where the stage callout of each section goes. */
  processesCallout: Rect;
  threadsCallout: Rect;
  /** Messages between processes travel along this line above the boxes. */
  channelY: number;
  /** Top of the first row of process boxes. */
  processesTop: number;
  host: BoxSlot;
  children: readonly BoxSlot[];
  threaded: BoxSlot;
  lanes: readonly LaneSlot[];
};

function cellIn(box: Rect): Rect {
  return { x: box.x + 12, y: box.y + box.height - 60, width: box.width - 24, height: 46 };
}

/** Section label and callout: side by side when wide, stacked when narrow. Returns them and the height used. */
function sectionHeader(top: number, width: number, narrow: boolean): { label: Rect; callout: Rect; height: number } {
  if (narrow) {
    return {
      label: { x: PAD, y: top, width: width - 2 * PAD, height: LABEL_HEIGHT },
      callout: { x: PAD, y: top + LABEL_HEIGHT, width: width - 2 * PAD, height: CALLOUT_HEIGHT },
      height: LABEL_HEIGHT + CALLOUT_HEIGHT,
    };
  }
  const calloutLeft = PAD + 380;
  return {
    label: { x: PAD, y: top, width: calloutLeft - PAD - 12, height: CALLOUT_HEIGHT },
    callout: { x: calloutLeft, y: top, width: width - PAD - calloutLeft, height: CALLOUT_HEIGHT },
    height: CALLOUT_HEIGHT,
  };
}

export type LayoutOptions = {
  /** The actor in the parent's box: the lab host (Node engine) or the C program (native engine). Default "host". */
  parentActor?: string;
  /** Room in each process box for the address of x and the page-fault count (native engine). */
  detailed?: boolean;
};

export function layoutMemoryStage(counts: { processes: number; threads: number }, width = WIDE_STAGE, options: LayoutOptions = {}): MemoryLayout {
  const boxHeight = options.detailed ? DETAILED_BOX_HEIGHT : BASE_BOX_HEIGHT;
  const narrow = width < 600;
  const processes = Math.max(0, Math.floor(counts.processes));
  const threads = Math.max(0, Math.floor(counts.threads));

  // Processes section.
  const processesHeader = sectionHeader(2, width, narrow);
  const processesTop = processesHeader.height + CHANNEL_ROOM + 6;
  const boxes: Rect[] = [];
  let processRows: number;
  if (narrow) {
    // The parent takes the first of two columns, children fill the rest.
    const boxWidth = (width - 2 * PAD - GAP) / 2;
    for (let slot = 0; slot <= processes; slot += 1) {
      boxes.push({ x: PAD + (slot % 2) * (boxWidth + GAP), y: processesTop + Math.floor(slot / 2) * (boxHeight + GAP), width: boxWidth, height: boxHeight });
    }
    processRows = Math.ceil((processes + 1) / 2);
  } else {
    boxes.push({ x: PAD, y: processesTop, width: HOST_WIDTH, height: boxHeight });
    const left = PAD + HOST_WIDTH + 28;
    const columns = Math.max(1, Math.min(4, processes));
    const childWidth = Math.min(MAX_CHILD_WIDTH, (width - PAD - left - (columns - 1) * GAP) / columns);
    for (let i = 0; i < processes; i += 1) {
      boxes.push({ x: left + (i % columns) * (childWidth + GAP), y: processesTop + Math.floor(i / columns) * (boxHeight + GAP), width: childWidth, height: boxHeight });
    }
    processRows = Math.max(1, Math.ceil(processes / columns));
  }
  const [hostBox = { x: PAD, y: processesTop, width: HOST_WIDTH, height: boxHeight }, ...childBoxes] = boxes;
  const children = childBoxes.map((box, i) => ({ actorId: `child-${i + 1}`, box, cell: cellIn(box) }));

  // Threads section.
  const threadsHeader = sectionHeader(processesTop + processRows * (boxHeight + GAP) + 8, width, narrow);
  const threadedTop = threadsHeader.label.y + threadsHeader.height + 8;
  const lanesTop = threadedTop + THREAD_HEADER;
  const lanesHeight = Math.max(1, threads) * (LANE_HEIGHT + LANE_GAP) - LANE_GAP;
  const boxWidth = width - 2 * PAD;
  const laneWidth = narrow ? boxWidth - 32 : boxWidth - SHARED_CELL.width - 120;
  const lanes = Array.from({ length: threads }, (_, j) => ({
    actorId: `thread-${j + 1}`,
    lane: { x: PAD + 16, y: lanesTop + j * (LANE_HEIGHT + LANE_GAP), width: laneWidth, height: LANE_HEIGHT },
  }));
  let sharedCell: Rect;
  let threadedHeight: number;
  if (narrow) {
    // Under the cell: its "last write" caption, then its label (arrows come from the lanes above).
    sharedCell = { x: PAD + (boxWidth - SHARED_CELL.width) / 2, y: lanesTop + lanesHeight + 22, ...SHARED_CELL };
    threadedHeight = sharedCell.y + SHARED_CELL.height + 52 - threadedTop;
  } else {
    const area = Math.max(lanesHeight, MIN_LANES_HEIGHT);
    sharedCell = { x: PAD + boxWidth - SHARED_CELL.width - 16, y: lanesTop + area / 2 - SHARED_CELL.height / 2 + 6, ...SHARED_CELL };
    threadedHeight = THREAD_HEADER + area + 24;
  }
  const threadedBox = { x: PAD, y: threadedTop, width: boxWidth, height: threadedHeight };

  return {
    width,
    narrow,
    detailed: options.detailed === true,
    height: threadedBox.y + threadedBox.height + PAD,
    processesLabel: processesHeader.label,
    threadsLabel: threadsHeader.label,
    processesCallout: processesHeader.callout,
    threadsCallout: threadsHeader.callout,
    channelY: processesTop - CHANNEL_ROOM / 2,
    processesTop,
    host: { actorId: options.parentActor ?? 'host', box: hostBox, cell: cellIn(hostBox) },
    children,
    threaded: { actorId: 'threaded', box: threadedBox, cell: { x: sharedCell.x, y: sharedCell.y, width: sharedCell.width, height: sharedCell.height } },
    lanes,
  };
}

function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

function inside(inner: Rect, outer: Rect): boolean {
  return inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height;
}

/** Problems with a layout (overlaps, things outside the stage); empty when drawable. Used by tests. */
export function layoutProblems(layout: MemoryLayout): string[] {
  const stage = { x: 0, y: 0, width: layout.width, height: layout.height };
  const boxes = [layout.host, ...layout.children, layout.threaded];
  const problems: string[] = [];
  const headers = [layout.processesLabel, layout.processesCallout, layout.threadsLabel, layout.threadsCallout];
  boxes.forEach((slot, i) => {
    if (!inside(slot.box, stage)) problems.push(`${slot.actorId} is outside the stage`);
    if (!inside(slot.cell, slot.box)) problems.push(`${slot.actorId}'s cell is outside its box`);
    if (headers.some((header) => overlaps(header, slot.box))) problems.push(`${slot.actorId} overlaps a section header`);
    boxes.slice(i + 1).forEach((other) => {
      if (overlaps(slot.box, other.box)) problems.push(`${slot.actorId} overlaps ${other.actorId}`);
    });
  });
  headers.forEach((header) => {
    if (!inside(header, stage)) problems.push('a section header is outside the stage');
  });
  layout.lanes.forEach((lane) => {
    if (!inside(lane.lane, layout.threaded.box)) problems.push(`${lane.actorId} is outside its process`);
    if (overlaps(lane.lane, layout.threaded.cell)) problems.push(`${lane.actorId} overlaps the shared cell`);
  });
  return problems;
}
