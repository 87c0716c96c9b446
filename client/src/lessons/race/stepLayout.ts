/**
 * Where everything goes on the race stage in step mode (SVG user units):
 * the shared x between the two threads, each thread with its lane, its
 * register, its three steps (read, add, write) and its increment count, and
 * the outcome line under them. Wide: thread 1 | x | thread 2, so a read or a
 * write is an arrow between a register and x. Narrow: stacked.
 */
import type { Rect } from '../../stage/geometry.js';
import { sectionHeader, type SectionHeader } from './sectionHeader.js';
import type { StepThread } from './stepModel.js';

export const WIDE_STAGE = 900;
export const NARROW_STAGE = 460;
const PAD = 16;
const BOX_HEADER = 46;
const LANE_HEIGHT = 36;
const REGISTER_HEIGHT = 58;
const PILL_HEIGHT = 40;
const X_CELL = { width: 200, height: 80 };
const OUTCOME_HEIGHT = 48;

export type ThreadColumn = { thread: StepThread; lane: Rect; register: Rect; pills: readonly Rect[]; incrementAt: { x: number; y: number } };

export type StepLayout = {
  width: number;
  height: number;
  narrow: boolean;
  header: SectionHeader;
  box: Rect;
  x: Rect;
  columns: readonly ThreadColumn[];
  outcome: Rect;
};

function column(thread: StepThread, left: number, top: number, width: number): ThreadColumn & { bottom: number } {
  const lane = { x: left, y: top, width, height: LANE_HEIGHT };
  const register = { x: left + 10, y: lane.y + LANE_HEIGHT + 14, width: width - 20, height: REGISTER_HEIGHT };
  const pillsTop = register.y + REGISTER_HEIGHT + 28;
  const pillWidth = (width - 2 * 8) / 3;
  const pills = [0, 1, 2].map((index) => ({ x: left + index * (pillWidth + 8), y: pillsTop, width: pillWidth, height: PILL_HEIGHT }));
  const incrementAt = { x: left + width / 2, y: pillsTop + PILL_HEIGHT + 22 };
  return { thread, lane, register, pills, incrementAt, bottom: incrementAt.y + 8 };
}

export function layoutStepStage(width = WIDE_STAGE): StepLayout {
  const narrow = width < 600;
  const header = sectionHeader(0, width, narrow);
  const boxTop = header.bottom + 8;
  const inner = width - 2 * PAD;
  let columns: Array<ThreadColumn & { bottom: number }>;
  let x: Rect;
  if (narrow) {
    x = { x: (width - X_CELL.width) / 2, y: boxTop + BOX_HEADER, ...X_CELL };
    const first = column('thread-1', PAD + 12, x.y + X_CELL.height + 36, inner - 24);
    const second = column('thread-2', PAD + 12, first.bottom + 22, inner - 24);
    columns = [first, second];
  } else {
    const columnWidth = (inner - 24 - X_CELL.width - 40) / 2;
    const top = boxTop + BOX_HEADER;
    const left = column('thread-1', PAD + 12, top, columnWidth);
    const right = column('thread-2', PAD + inner - 12 - columnWidth, top, columnWidth);
    // x sits between the two registers, so reads and writes are level arrows.
    x = { x: (width - X_CELL.width) / 2, y: left.register.y + REGISTER_HEIGHT / 2 - X_CELL.height / 2, ...X_CELL };
    columns = [left, right];
  }
  const outcomeTop = Math.max(...columns.map((item) => item.bottom)) + 12;
  const outcome = { x: PAD + 12, y: outcomeTop, width: inner - 24, height: OUTCOME_HEIGHT };
  const box = { x: PAD, y: boxTop, width: inner, height: outcome.y + OUTCOME_HEIGHT + 12 - boxTop };
  return { width, height: box.y + box.height + PAD, narrow, header, box, x, columns: columns.map(({ bottom: _bottom, ...rest }) => rest), outcome };
}
