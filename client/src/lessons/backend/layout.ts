/**
 * Where everything goes on the backend stage, in SVG units. Pure, so the
 * geometry is tested without a browser. Left: the thread-pool process with
 * one lane per thread, and under it the place of its restart. Right: the
 * cluster primary and one box per worker process, plus a slot for the
 * replacement. Top middle: the load generator. Bottom: the two services.
 */
import { estimateTextWidth, type Rect } from '../../stage/geometry.js';

export const STAGE_WIDTH = 1200;
/**
 * The smallest font on this stage, in SVG units. The stage is 1200 units wide
 * in a frame of about 785 px at 1280×720, and shrinks to about 410 px of
 * height there: a scale of about 0.63, so 19 units are 12 px on screen.
 */
export const BACKEND_MIN_FONT = 19;
/** Request chips: wide enough for a three-digit number at BACKEND_MIN_FONT. */
export const CHIP_WIDTH = 42;
export const CHIP_HEIGHT = 26;
export const CHIP_STEP = CHIP_WIDTH + 4;
const SIDE_WIDTH = 560;
const LOADGEN_WIDTH = 180;
const LANE_HEIGHT = 36;
const LANE_STEP = 44;
const WORKER_HEIGHT = 64;
const WORKER_GAP = 10;
/** Between rows of cluster workers: a dead worker's badge sits on its bottom edge and hangs into this gap. */
const WORKER_ROW_GAP = 24;
const SERVICE_WIDTH = 400;

export type BackendLayout = {
  width: number;
  height: number;
  callout: Rect;
  loadgen: Rect;
  pool: { label: Rect; box: Rect; lanes: Rect[]; restart: Rect };
  cluster: { label: Rect; primary: Rect; workers: Rect[] };
  services: { label: Rect; front: Rect; back: Rect };
};

/** `workers` threads in the pool and processes in the cluster; the cluster gets one more slot for a replacement. */
export function layoutBackendStage(workers: number): BackendLayout {
  const top = 200;
  const poolBox: Rect = { x: 20, y: top, width: SIDE_WIDTH, height: 52 + workers * LANE_STEP };
  const lanes = Array.from({ length: workers }, (_, index) => ({ x: 36, y: top + 52 + index * LANE_STEP, width: SIDE_WIDTH - 32, height: LANE_HEIGHT }));
  const restart: Rect = { x: 20, y: poolBox.y + poolBox.height + 16, width: SIDE_WIDTH, height: WORKER_HEIGHT };
  const clusterX = STAGE_WIDTH - 20 - SIDE_WIDTH;
  const primary: Rect = { x: clusterX, y: top, width: SIDE_WIDTH, height: 52 };
  const columnWidth = (SIDE_WIDTH - WORKER_GAP) / 2;
  const workerSlots = Array.from({ length: workers + 1 }, (_, index) => ({
    x: clusterX + (index % 2) * (columnWidth + WORKER_GAP),
    y: primary.y + primary.height + 12 + Math.floor(index / 2) * (WORKER_HEIGHT + WORKER_ROW_GAP),
    width: columnWidth,
    height: WORKER_HEIGHT,
  }));
  const sidesBottom = Math.max(restart.y + restart.height, ...workerSlots.map((slot) => slot.y + slot.height));
  const servicesLabel: Rect = { x: 20, y: sidesBottom + 24, width: STAGE_WIDTH - 40, height: 30 };
  const servicesY = servicesLabel.y + servicesLabel.height + 12;
  return {
    width: STAGE_WIDTH,
    callout: { x: 20, y: 44, width: STAGE_WIDTH - 40, height: 56 },
    loadgen: { x: STAGE_WIDTH / 2 - LOADGEN_WIDTH / 2, y: 112, width: LOADGEN_WIDTH, height: 64 },
    pool: { label: { x: 20, y: 0, width: 540, height: 36 }, box: poolBox, lanes, restart },
    cluster: { label: { x: clusterX, y: 0, width: SIDE_WIDTH, height: 36 }, primary, workers: workerSlots },
    services: {
      label: servicesLabel,
      front: { x: 20, y: servicesY, width: SERVICE_WIDTH, height: WORKER_HEIGHT },
      back: { x: STAGE_WIDTH - 20 - SERVICE_WIDTH, y: servicesY, width: SERVICE_WIDTH, height: WORKER_HEIGHT },
    },
    height: servicesY + WORKER_HEIGHT + 16,
  };
}

/** The middle of a rectangle's edge that faces `toward` (for arrows between boxes). */
export function edgeToward(rect: Rect, toward: Rect): { x: number; y: number } {
  const centre = { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
  const other = { x: toward.x + toward.width / 2, y: toward.y + toward.height / 2 };
  if (Math.abs(other.y - centre.y) * rect.width > Math.abs(other.x - centre.x) * rect.height) {
    return { x: centre.x, y: other.y > centre.y ? rect.y + rect.height : rect.y };
  }
  return { x: other.x > centre.x ? rect.x + rect.width : rect.x, y: centre.y };
}

/**
 * The strip of a thread lane between its title (left) and its state text
 * (right), as ThreadLane draws them at BACKEND_MIN_FONT, and how many request
 * chips fit in it (at least one: a lost request must show). RequestChips
 * lines its chips up ending 14 units before the rect's right edge.
 */
export function laneChips(lane: Rect, titleText: string, stateText: string): { rect: Rect; maxChips: number } {
  const titleEnd = lane.x + 16 + Math.min(estimateTextWidth(titleText, BACKEND_MIN_FONT, true), (lane.width - 44) * 0.58);
  const stateStart = lane.x + lane.width - 16 - Math.min(estimateTextWidth(stateText, BACKEND_MIN_FONT), (lane.width - 44) * 0.42);
  const chipsEnd = stateStart - 6;
  return {
    rect: { x: lane.x, y: lane.y, width: chipsEnd + 14 - lane.x, height: lane.height },
    maxChips: Math.max(1, Math.floor((chipsEnd - titleEnd - 4) / CHIP_STEP)),
  };
}

/** How many request chips fit in a cluster worker's box right of its "served N" line (14 units in, at BACKEND_MIN_FONT), at least one. */
export function boxChips(slot: Rect, leftText: string): number {
  const textEnd = slot.x + 14 + Math.min(estimateTextWidth(leftText, BACKEND_MIN_FONT), slot.width * 0.45);
  return Math.max(1, Math.floor((slot.x + slot.width - 14 - textEnd - 6) / CHIP_STEP));
}
