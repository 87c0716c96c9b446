/**
 * Where everything goes on the crash stage (SVG user units). Two sides that
 * fail at the same moment: processes on the left, the process with threads
 * on the right (stacked on phones). Every actor gets a heartbeat strip on one
 * shared time axis, so "who kept beating after the fault" lines up.
 * Computed from the run's parameters, so slots wait as outlines before start.
 */
import { rectInside as inside, rectsOverlap as overlaps, type Point, type Rect } from '../../stage/geometry.js';

export const WIDE_STAGE = 900;
export const NARROW_STAGE = 460;
const PAD = 16;
const COLUMN_GAP = 20;
const LABEL_HEIGHT = 28;
const CALLOUT_HEIGHT = 52;
const CONTENT_TOP = 4 + LABEL_HEIGHT + 4 + CALLOUT_HEIGHT + 8;
/** Room at the right of a strip for the heart and its count. */
const HEART_ROOM = 72;
/** A process box: its header line, then its heartbeat strip. */
const PROCESS_HEIGHT = 64;
/** Extra line in a box or lane row for the "corrupt records" reading. */
const NOTE_HEIGHT = 18;
const ROW_GAP = 8;
const THREADED_HEADER = 58;
const LANE_HEIGHT = 28;
const STRIP_HEIGHT = 24;
const RECORDS_HEIGHT = 44;
/** Under the records cell: its caption. */
const RECORDS_CAPTION = 26;

export type ProcessSlot = { actorId: string; box: Rect; strip: Rect; heart: Point; note: Rect | undefined; badge: Rect };
export type ThreadSlot = { actorId: string; lane: Rect; strip: Rect; heart: Point; note: Rect | undefined };

export type CrashLayout = {
  width: number;
  height: number;
  narrow: boolean;
  processes: { label: Rect; callout: Rect; slots: readonly ProcessSlot[] };
  /** `records` (the block all threads share) is drawn only when a thread scribbles over it. */
  threads: { label: Rect; callout: Rect; box: Rect; badge: Rect; stateAt: Point; lanes: readonly ThreadSlot[]; records: Rect | undefined };
};

export type CrashCounts = { processes: number; threads: number; corruption: boolean };

function header(left: number, top: number, width: number): { label: Rect; callout: Rect } {
  return {
    label: { x: left, y: top + 4, width, height: LABEL_HEIGHT },
    callout: { x: left, y: top + 4 + LABEL_HEIGHT + 4, width, height: CALLOUT_HEIGHT },
  };
}

function processSlots(left: number, top: number, width: number, count: number, notes: boolean): ProcessSlot[] {
  const height = PROCESS_HEIGHT + (notes ? NOTE_HEIGHT : 0);
  return Array.from({ length: count }, (_, index) => {
    const box = { x: left, y: top + index * (height + ROW_GAP), width, height };
    const strip = { x: box.x + 12, y: box.y + 36, width: box.width - 24 - HEART_ROOM, height: STRIP_HEIGHT };
    return {
      actorId: `proc-${index + 1}`,
      box,
      strip,
      heart: { x: strip.x + strip.width + 10, y: strip.y },
      note: notes ? { x: box.x + 12, y: strip.y + strip.height + 1, width: box.width - 24, height: NOTE_HEIGHT } : undefined,
      // Over the right of the header line, where the state would be.
      badge: { x: box.x + box.width * 0.58, y: box.y + 7, width: box.width * 0.42 - 8, height: 26 },
    };
  });
}

function threadsBox(left: number, top: number, width: number, count: number, corruption: boolean) {
  const rowHeight = LANE_HEIGHT + 3 + STRIP_HEIGHT + (corruption ? NOTE_HEIGHT : 0) + ROW_GAP;
  const lanesTop = top + THREADED_HEADER;
  const lanes = Array.from({ length: count }, (_, index) => {
    const lane = { x: left + 10, y: lanesTop + index * rowHeight, width: width - 20, height: LANE_HEIGHT };
    const strip = { x: lane.x + 10, y: lane.y + LANE_HEIGHT + 3, width: lane.width - 10 - HEART_ROOM, height: STRIP_HEIGHT };
    return {
      actorId: `thread-${index + 1}`,
      lane,
      strip,
      heart: { x: strip.x + strip.width + 10, y: strip.y },
      note: corruption ? { x: lane.x + 10, y: strip.y + strip.height + 1, width: lane.width - 10, height: NOTE_HEIGHT } : undefined,
    };
  });
  const lanesBottom = lanesTop + count * rowHeight;
  const records = corruption ? { x: left + 12, y: lanesBottom + 2, width: width - 24, height: RECORDS_HEIGHT } : undefined;
  const bottom = records ? records.y + records.height + RECORDS_CAPTION : lanesBottom;
  const box = { x: left, y: top, width, height: bottom - top };
  // The header's right side, second line: the state, or the badge once the process died.
  const badge = { x: box.x + box.width - 222, y: box.y + 30, width: 210, height: 26 };
  const stateAt = { x: box.x + box.width - 14, y: box.y + 48 };
  return { box, lanes, records, badge, stateAt };
}

export function layoutCrashStage(counts: CrashCounts, width = WIDE_STAGE): CrashLayout {
  const narrow = width < 600;
  const processes = Math.max(0, Math.floor(counts.processes));
  const threads = Math.max(0, Math.floor(counts.threads));
  const column = narrow ? width - 2 * PAD : (width - 2 * PAD - COLUMN_GAP) / 2;
  const processLeft = PAD;
  const processHeader = header(processLeft, 0, column);
  const slots = processSlots(processLeft, CONTENT_TOP, column, processes, counts.corruption);
  const processBottom = slots.length > 0 ? Math.max(...slots.map((slot) => slot.box.y + slot.box.height)) : CONTENT_TOP;

  const threadLeft = narrow ? PAD : PAD + column + COLUMN_GAP;
  const threadTop = narrow ? processBottom + 24 : 0;
  const threadHeader = header(threadLeft, threadTop, column);
  const threaded = threadsBox(threadLeft, threadTop + CONTENT_TOP, column, threads, counts.corruption);
  const bottom = Math.max(processBottom, threaded.box.y + threaded.box.height);
  return {
    width,
    height: bottom + PAD,
    narrow,
    processes: { ...processHeader, slots },
    threads: { ...threadHeader, ...threaded },
  };
}

/** How many slots to draw: the run's parameters, or more if more actors showed up. */
export function crashCounts(params: Readonly<Record<string, unknown>> | undefined, actorIds: readonly string[]): CrashCounts {
  const highest = (prefix: string) => Math.max(0, ...actorIds.map((id) => Number(new RegExp(`^${prefix}-(\\d+)$`).exec(id)?.[1] ?? 0)));
  const param = (name: string) => (typeof params?.[name] === 'number' ? (params[name] as number) : 0);
  return {
    processes: Math.max(param('processes'), highest('proc')),
    threads: Math.max(param('threads'), highest('thread')),
    corruption: params?.['threadFault'] === 'corruption' && params['engine'] !== 'native',
  };
}

/** Problems with a layout (overlaps, things outside their box or the stage); empty when drawable. For tests. */
export function layoutProblems(layout: CrashLayout): string[] {
  const stage = { x: 0, y: 0, width: layout.width, height: layout.height };
  const problems: string[] = [];
  const headers = [layout.processes.label, layout.processes.callout, layout.threads.label, layout.threads.callout];
  const boxes: Array<{ id: string; box: Rect }> = [
    ...layout.processes.slots.map((slot) => ({ id: slot.actorId, box: slot.box })),
    { id: 'threaded', box: layout.threads.box },
  ];
  for (const header of headers) if (!inside(header, stage)) problems.push('a header is outside the stage');
  boxes.forEach(({ id, box }, index) => {
    if (!inside(box, stage)) problems.push(`${id} is outside the stage`);
    if (headers.some((header) => overlaps(header, box))) problems.push(`${id} overlaps a header`);
    for (const other of boxes.slice(index + 1)) if (overlaps(box, other.box)) problems.push(`${id} overlaps ${other.id}`);
  });
  for (const slot of layout.processes.slots) {
    for (const part of [slot.strip, slot.badge, ...(slot.note ? [slot.note] : [])]) if (!inside(part, slot.box)) problems.push(`a part of ${slot.actorId} is outside its box`);
  }
  const { records } = layout.threads;
  const rows = layout.threads.lanes.flatMap((lane) => [lane.lane, lane.strip, ...(lane.note ? [lane.note] : [])]);
  rows.forEach((row, index) => {
    if (!inside(row, layout.threads.box)) problems.push('a thread row is outside its process');
    for (const other of rows.slice(index + 1)) if (overlaps(row, other)) problems.push('two thread rows overlap');
    if (records && overlaps(row, records)) problems.push('a thread row overlaps the records cell');
  });
  if (records && !inside(records, layout.threads.box)) problems.push('the records cell is outside its process');
  if (!inside(layout.threads.badge, layout.threads.box)) problems.push('the badge is outside its process');
  return problems;
}
