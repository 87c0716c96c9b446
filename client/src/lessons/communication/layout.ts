/**
 * Where everything goes on the communication stage (SVG user units). The
 * drawing is the same for every run (the peers and channels are fixed), so
 * only the stage width changes it.
 *
 * Wide (900):
 *   Now: <channel>                     [callout]
 *   [postMessage] [sab-wait] … channel chips
 *   [lab host box                ] │k│ [peer process          ]
 *   [ main thread lane           ] │e│
 *   [        (mailbox cell)      ] │r│ [peer process, advanced]
 *   [ peer thread lane           ] │n│
 *   [step 1] [step 2] [step 3] [step 4]
 * Narrow (460): host box, then the kernel as a horizontal band, then the
 * two peer boxes side by side, then the steps two by two.
 */
import type { Point, Rect } from '../../stage/geometry.js';
import { HOST, PEER_ADVANCED, PEER_PROCESS, PEER_THREAD } from './channelModel.js';

export const WIDE_STAGE = 900;
export const NARROW_STAGE = 460;
const PAD = 16;
const GAP = 12;
const LABEL_WIDTH = 330;
const LABEL_HEIGHT = 32;
const CALLOUT_HEIGHT = 68;
const NARROW_CALLOUT_HEIGHT = 72;
const CHIP_HEIGHT = 28;
const HOST_HEIGHT = 236;
const LANE_HEIGHT = 36;

export type CommunicationLayout = {
  width: number;
  height: number;
  narrow: boolean;
  label: Rect;
  callout: Rect;
  chips: Rect[];
  host: Rect;
  mainLane: Rect;
  peerLane: Rect;
  mailbox: Rect;
  kernel: Rect;
  peers: { process: Rect; advanced: Rect };
  steps: Rect[];
};

/** Chip rectangles for up to 8 channels: one row when wide, two rows of four when narrow. */
function chipRects(top: number, width: number, narrow: boolean): Rect[] {
  const perRow = narrow ? 4 : 8;
  const chipWidth = (width - 2 * PAD - (perRow - 1) * 6) / perRow;
  return Array.from({ length: 8 }, (_, index) => ({
    x: PAD + (index % perRow) * (chipWidth + 6),
    y: top + Math.floor(index / perRow) * (CHIP_HEIGHT + 6),
    width: chipWidth,
    height: CHIP_HEIGHT,
  }));
}

export function layoutCommunicationStage(width = WIDE_STAGE): CommunicationLayout {
  const narrow = width < 600;
  const inner = width - 2 * PAD;
  const label = narrow ? { x: PAD, y: 2, width: inner, height: LABEL_HEIGHT } : { x: PAD, y: 2, width: LABEL_WIDTH, height: CALLOUT_HEIGHT };
  const callout = narrow
    ? { x: PAD, y: 2 + LABEL_HEIGHT, width: inner, height: NARROW_CALLOUT_HEIGHT }
    : { x: PAD + LABEL_WIDTH + GAP, y: 2, width: inner - LABEL_WIDTH - GAP, height: CALLOUT_HEIGHT };
  const chipsTop = callout.y + callout.height + 10;
  const chips = chipRects(chipsTop, width, narrow);
  const mainTop = Math.max(...chips.map((chip) => chip.y + chip.height)) + 14;

  const hostWidth = narrow ? inner : 440;
  const host = { x: PAD, y: mainTop, width: hostWidth, height: HOST_HEIGHT };
  const mainLane = { x: host.x + 16, y: host.y + 54, width: hostWidth - 32, height: LANE_HEIGHT };
  const peerLane = { x: host.x + 16, y: host.y + host.height - 16 - LANE_HEIGHT, width: hostWidth - 32, height: LANE_HEIGHT };
  const mailbox = { x: host.x + hostWidth - 16 - 190, y: mainLane.y + LANE_HEIGHT + 22, width: 190, height: peerLane.y - mainLane.y - LANE_HEIGHT - 44 };

  let kernel: Rect;
  let peers: CommunicationLayout['peers'];
  let stepsTop: number;
  if (narrow) {
    kernel = { x: PAD, y: host.y + host.height + 12, width: inner, height: 46 };
    const peerWidth = (inner - GAP) / 2;
    const peerTop = kernel.y + kernel.height + 12;
    peers = { process: { x: PAD, y: peerTop, width: peerWidth, height: 112 }, advanced: { x: PAD + peerWidth + GAP, y: peerTop, width: peerWidth, height: 112 } };
    stepsTop = peerTop + 112 + 16;
  } else {
    kernel = { x: host.x + hostWidth + 18, y: mainTop, width: 80, height: HOST_HEIGHT };
    const peerX = kernel.x + kernel.width + 18;
    const peerHeight = (HOST_HEIGHT - GAP) / 2;
    peers = {
      process: { x: peerX, y: mainTop, width: width - PAD - peerX, height: peerHeight },
      advanced: { x: peerX, y: mainTop + peerHeight + GAP, width: width - PAD - peerX, height: peerHeight },
    };
    stepsTop = mainTop + HOST_HEIGHT + 16;
  }
  const perRow = narrow ? 2 : 4;
  const stepWidth = (inner - (perRow - 1) * 10) / perRow;
  const stepHeight = narrow ? 92 : 78;
  const steps = Array.from({ length: 4 }, (_, index) => ({
    x: PAD + (index % perRow) * (stepWidth + 10),
    y: stepsTop + Math.floor(index / perRow) * (stepHeight + 10),
    width: stepWidth,
    height: stepHeight,
  }));
  const height = Math.max(...steps.map((step) => step.y + step.height)) + PAD;
  return { width, height, narrow, label, callout, chips, host, mainLane, peerLane, mailbox, kernel, peers, steps };
}

/** Where a lane's messages leave from: its right end (wide) or its lower right (narrow). */
function laneExit(layout: CommunicationLayout): Point {
  const lane = layout.mainLane;
  // Narrow: down between the postMessage path (left) and the mailbox (right), so it crosses neither.
  return layout.narrow ? { x: layout.mailbox.x - 36, y: lane.y + lane.height } : { x: lane.x + lane.width, y: lane.y + lane.height / 2 };
}

/**
 * A message between the host's main thread and a peer process, in two legs
 * that meet inside the kernel: host → kernel, and kernel → peer. A reply
 * runs the same legs backwards.
 */
export function processLegs(layout: CommunicationLayout, peer: 'process' | 'advanced'): { toKernel: Point[]; fromKernel: Point[] } {
  const box = layout.peers[peer];
  const start = laneExit(layout);
  if (layout.narrow) {
    const bandY = layout.kernel.y + layout.kernel.height / 2;
    const peerX = box.x + box.width / 2;
    return {
      toKernel: [start, { x: start.x, y: bandY }, { x: peerX, y: bandY }],
      fromKernel: [{ x: peerX, y: bandY }, { x: peerX, y: box.y + 12 }],
    };
  }
  const bandX = layout.kernel.x + layout.kernel.width / 2;
  const peerY = box.y + box.height / 2 + 10;
  return {
    toKernel: [start, { x: bandX, y: start.y }, { x: bandX, y: peerY }],
    fromKernel: [{ x: bandX, y: peerY }, { x: box.x + 14, y: peerY }],
  };
}

/** A postMessage between the two lanes of the host box: straight down (and back up for the reply). */
export function threadPath(layout: CommunicationLayout): Point[] {
  const x = layout.mainLane.x + 96;
  return [
    { x, y: layout.mainLane.y + layout.mainLane.height },
    { x, y: layout.peerLane.y },
  ];
}

/** How a message between two actors travels: the two legs through the kernel (between processes), or one path (between threads). */
export type MessageWay = { legs: [Point[], Point[]] } | { path: Point[] };

/**
 * The way of a message from actor `from` to actor `to` (ids from
 * channelModel): to a peer process, into the kernel and out again (reversed
 * for the reply); to the peer thread, straight down the lanes (up for the
 * reply). Undefined for any other pair.
 */
export function messageWay(layout: CommunicationLayout, from: string, to: string): MessageWay | undefined {
  const peer = peerBoxOf(from === HOST ? to : from);
  if (peer) {
    const { toKernel, fromKernel } = processLegs(layout, peer);
    return from === HOST ? { legs: [toKernel, fromKernel] } : { legs: [reversed(fromKernel), reversed(toKernel)] };
  }
  if ((from === HOST && to === PEER_THREAD) || (from === PEER_THREAD && to === HOST)) {
    return { path: from === HOST ? threadPath(layout) : reversed(threadPath(layout)) };
  }
  return undefined;
}

const reversed = (path: readonly Point[]) => [...path].reverse();

function peerBoxOf(actor: string): 'process' | 'advanced' | undefined {
  if (actor === PEER_PROCESS) return 'process';
  if (actor === PEER_ADVANCED) return 'advanced';
  return undefined;
}

function inside(inner: Rect, outer: Rect): boolean {
  return inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height;
}

function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Problems with a layout (overlaps, things outside the stage); empty when drawable. Used by tests. */
export function layoutProblems(layout: CommunicationLayout): string[] {
  const problems: string[] = [];
  const stage = { x: 0, y: 0, width: layout.width, height: layout.height };
  const blocks = { host: layout.host, kernel: layout.kernel, process: layout.peers.process, advanced: layout.peers.advanced };
  const all = { label: layout.label, callout: layout.callout, ...blocks, ...Object.fromEntries(layout.steps.map((step, index) => [`step ${index + 1}`, step])), ...Object.fromEntries(layout.chips.map((chip, index) => [`chip ${index + 1}`, chip])) };
  const entries = Object.entries(all);
  entries.forEach(([name, rect], index) => {
    if (!inside(rect, stage)) problems.push(`${name} is outside the stage`);
    entries.slice(index + 1).forEach(([other, otherRect]) => overlaps(rect, otherRect) && problems.push(`${name} overlaps ${other}`));
  });
  for (const [name, rect] of Object.entries({ 'main lane': layout.mainLane, 'peer lane': layout.peerLane, mailbox: layout.mailbox })) {
    if (!inside(rect, layout.host)) problems.push(`${name} is outside the host box`);
  }
  if (overlaps(layout.mailbox, layout.mainLane) || overlaps(layout.mailbox, layout.peerLane)) problems.push('the mailbox overlaps a lane');
  const [top, bottom] = threadPath(layout);
  if (top && bottom && top.x + 20 > layout.mailbox.x) problems.push('the postMessage path crosses the mailbox');
  const exit = processLegs(layout, 'process').toKernel[0];
  if (exit && layout.narrow && (exit.x > layout.mailbox.x - 10 || (top && exit.x < top.x + 20))) problems.push('the process route crosses the mailbox or the postMessage path');
  return problems;
}
