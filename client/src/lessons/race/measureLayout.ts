/**
 * Where everything goes on the race stage in measure mode (SVG user units):
 * the racing process (thread lanes, the ONE shared counter, the board of
 * rounds), then one box per separate process with its own counter.
 * Computed from the run's parameters, so slots wait as outlines before start.
 */
import type { Rect } from '../../stage/geometry.js';
import { sectionHeader, type SectionHeader } from './sectionHeader.js';

export const WIDE_STAGE = 900;
export const NARROW_STAGE = 460;
const PAD = 16;
const LANE_HEIGHT = 30;
const LANE_GAP = 6;
const BOX_HEADER = 44;
const COUNTER = { width: 300, height: 58 };
const BOARD_ROW = 28;
/** Title, PID and state lines, the counter, then its caption. */
const PROCESS_HEIGHT = 136;
const GAP = 12;

export type BoardRow = { variant: 'plain' | 'atomic' | 'lock'; label: Rect; chips: readonly Rect[] };

export type MeasureLayout = {
  width: number;
  height: number;
  narrow: boolean;
  threadsHeader: SectionHeader;
  racers: { box: Rect; lanes: ReadonlyArray<{ actorId: string; lane: Rect }>; counter: Rect; roundLine: Rect; board: readonly BoardRow[] };
  processesHeader: SectionHeader;
  processes: ReadonlyArray<{ actorId: string; box: Rect; counter: Rect }>;
};

export type MeasureCounts = { threads: number; repeats: number };

function board(left: number, top: number, width: number, repeats: number): BoardRow[] {
  const labelWidth = 118;
  const room = width - labelWidth;
  const chip = Math.max(6, Math.min(24, room / Math.max(1, repeats) - 4));
  return (['plain', 'atomic', 'lock'] as const).map((variant, row) => ({
    variant,
    label: { x: left, y: top + row * BOARD_ROW, width: labelWidth - 8, height: BOARD_ROW - 4 },
    chips: Array.from({ length: repeats }, (_, index) => ({ x: left + labelWidth + index * (chip + 4), y: top + row * BOARD_ROW + (BOARD_ROW - 4 - chip) / 2, width: chip, height: chip })),
  }));
}

export function layoutMeasureStage(counts: MeasureCounts, width = WIDE_STAGE): MeasureLayout {
  const narrow = width < 600;
  const threads = Math.max(0, Math.floor(counts.threads));
  const repeats = Math.max(1, Math.floor(counts.repeats));
  const inner = width - 2 * PAD;

  const threadsHeader = sectionHeader(0, width, narrow);
  const boxTop = threadsHeader.bottom + 8;
  const laneWidth = narrow ? inner - 28 : inner - 28 - COUNTER.width - 40;
  const lanes = Array.from({ length: threads }, (_, index) => ({
    actorId: `thread-${index + 1}`,
    lane: { x: PAD + 14, y: boxTop + BOX_HEADER + index * (LANE_HEIGHT + LANE_GAP), width: laneWidth, height: LANE_HEIGHT },
  }));
  const lanesBottom = boxTop + BOX_HEADER + Math.max(1, threads) * (LANE_HEIGHT + LANE_GAP);
  const areaLeft = narrow ? PAD + 14 : PAD + inner - 14 - COUNTER.width;
  const areaWidth = narrow ? inner - 28 : COUNTER.width;
  const counterTop = narrow ? lanesBottom + 8 : boxTop + BOX_HEADER;
  const counter = { x: areaLeft, y: counterTop, width: areaWidth, height: COUNTER.height };
  const roundLine = { x: areaLeft, y: counter.y + counter.height + 22, width: areaWidth, height: 22 };
  const rows = board(areaLeft, roundLine.y + roundLine.height + 6, areaWidth, repeats);
  const boardBottom = roundLine.y + roundLine.height + 6 + 3 * BOARD_ROW;
  const box = { x: PAD, y: boxTop, width: inner, height: Math.max(lanesBottom, boardBottom) + 10 - boxTop };

  const processesHeader = sectionHeader(box.y + box.height + 14, width, narrow);
  const columns = narrow ? 2 : 4;
  const processWidth = (inner - (columns - 1) * GAP) / columns;
  const processes = Array.from({ length: threads }, (_, index) => {
    const processBox = {
      x: PAD + (index % columns) * (processWidth + GAP),
      y: processesHeader.bottom + 8 + Math.floor(index / columns) * (PROCESS_HEIGHT + GAP),
      width: processWidth,
      height: PROCESS_HEIGHT,
    };
    return { actorId: `proc-${index + 1}`, box: processBox, counter: { x: processBox.x + 10, y: processBox.y + 76, width: processBox.width - 20, height: 34 } };
  });
  const rowsOfProcesses = Math.max(1, Math.ceil(threads / columns));
  const height = processesHeader.bottom + 8 + rowsOfProcesses * (PROCESS_HEIGHT + GAP) + PAD - GAP;
  return { width, height, narrow, threadsHeader, racers: { box, lanes, counter, roundLine, board: rows }, processesHeader, processes };
}
