import { describe, expect, it } from 'vitest';
import { estimateTextWidth, type Rect } from '../../stage/geometry.js';
import { BACKEND_MIN_FONT, boxChips, CHIP_STEP, edgeToward, laneChips, layoutBackendStage } from './layout.js';

const overlaps = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const inside = (inner: Rect, outer: Rect) =>
  inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height;

describe('backend stage layout', () => {
  for (const workers of [2, 4, 8]) {
    it(`fits ${workers} workers without overlaps`, () => {
      const layout = layoutBackendStage(workers);
      const stage = { x: 0, y: 0, width: layout.width, height: layout.height };
      expect(layout.pool.lanes).toHaveLength(workers);
      expect(layout.cluster.workers).toHaveLength(workers + 1);
      for (const lane of layout.pool.lanes) expect(inside(lane, layout.pool.box)).toBe(true);
      const boxes = [layout.loadgen, layout.pool.box, layout.pool.restart, layout.cluster.primary, ...layout.cluster.workers, layout.services.front, layout.services.back];
      for (const box of boxes) expect(inside(box, stage)).toBe(true);
      for (let a = 0; a < boxes.length; a += 1) for (let b = a + 1; b < boxes.length; b += 1) expect(overlaps(boxes[a] as Rect, boxes[b] as Rect), `${a} vs ${b}`).toBe(false);
    });
  }

  it('points arrows at the facing edge', () => {
    const a = { x: 0, y: 0, width: 100, height: 50 };
    expect(edgeToward(a, { x: 300, y: 0, width: 10, height: 50 })).toEqual({ x: 100, y: 25 });
    expect(edgeToward(a, { x: 0, y: 300, width: 100, height: 10 })).toEqual({ x: 50, y: 50 });
  });

  it('puts a lane’s request chips between its title and its state text, at the stage’s font', () => {
    const lane = layoutBackendStage(4).pool.lanes[0] as Rect;
    const title = 'thread 1 · TID 143575';
    const titleEnd = lane.x + 16 + estimateTextWidth(title, BACKEND_MIN_FONT, true);
    for (const state of ['o processo morreu', 'served 3']) {
      const { rect, maxChips } = laneChips(lane, title, state);
      const chipsRight = rect.x + rect.width - 14;
      expect(chipsRight, state).toBeLessThanOrEqual(lane.x + lane.width - 16 - estimateTextWidth(state, BACKEND_MIN_FONT));
      // The longest state text in either language still leaves room for one whole chip (a lost request must show).
      expect(chipsRight - maxChips * CHIP_STEP, state).toBeGreaterThanOrEqual(titleEnd);
      expect(maxChips, state).toBeGreaterThanOrEqual(1);
    }
  });

  it('fits a cluster worker’s chips right of its “served” line', () => {
    const slot = layoutBackendStage(4).cluster.workers[0] as Rect;
    const served = 'atendeu 120';
    const textEnd = slot.x + 14 + estimateTextWidth(served, BACKEND_MIN_FONT);
    const chips = boxChips(slot, served);
    expect(chips).toBeGreaterThanOrEqual(1);
    expect(slot.x + slot.width - 14 - chips * CHIP_STEP).toBeGreaterThanOrEqual(textEnd);
  });
});
