import { describe, expect, it } from 'vitest';
import { estimateTextWidth } from '../../stage/geometry.js';
import { boxChipMax, crackX, crackZone, laneChipStrip } from './placement.js';
import { layoutBackendStage } from './layout.js';

describe('crash mark placement', () => {
  it('starts the pool’s crack past its header title, inside the box', () => {
    const box = layoutBackendStage(4).pool.box;
    const header = 'thread-pool server · PID 30504';
    const zone = crackZone(box, header, { title: 17, titleShare: 0.7 });
    const x = crackX(zone, { x: box.x + box.width - 230, y: 0, width: 220, height: 32 });
    expect(x).toBeGreaterThan(box.x + 14 + Math.min(estimateTextWidth(header, 17, true), (box.width - 24) * 0.7));
    expect(x).toBeLessThan(box.x + box.width - 8);
  });

  it('puts a long (squeezed) title’s crack past the title’s share of the header, inside the box', () => {
    const box = layoutBackendStage(2).cluster.workers[1];
    if (!box) throw new Error('no slot');
    const zone = crackZone(box, 'servidor com pool de threads reiniciado · PID 1234567', { title: 15, titleShare: 0.8 });
    const x = crackX(zone, { x: box.x + 8, y: 0, width: 200, height: 28 });
    expect(x).toBeGreaterThan(box.x + 14 + (box.width - 24) * 0.8);
    expect(x).toBeLessThanOrEqual(box.x + box.width - 12);
  });

  it('puts a lane’s request chips between its title and its state text', () => {
    const lane = layoutBackendStage(4).pool.lanes[0];
    if (!lane) throw new Error('no lane');
    const title = 'thread 1 · TID 14357';
    const titleEnd = lane.x + 16 + estimateTextWidth(title, 17, true);
    for (const state of ['o processo morreu', 'served 3']) {
      const { rect, maxChips } = laneChipStrip(lane, title, state);
      const chipsRight = rect.x + rect.width - 14;
      expect(chipsRight, state).toBeLessThanOrEqual(lane.x + lane.width - 16 - estimateTextWidth(state, 15));
      expect(chipsRight - maxChips * 34, state).toBeGreaterThanOrEqual(titleEnd);
    }
    // A long state text leaves room for one chip, which still shows.
    expect(laneChipStrip(lane, title, 'o processo morreu').maxChips).toBe(1);
    expect(laneChipStrip(lane, title, 'served 3').maxChips).toBeGreaterThan(1);
  });

  it('fits a cluster worker’s chips right of its “served” line', () => {
    const slot = layoutBackendStage(4).cluster.workers[0];
    if (!slot) throw new Error('no slot');
    const max = boxChipMax(slot, 'atendeu 1.234');
    expect(slot.x + slot.width - 14 - max * 34).toBeGreaterThanOrEqual(slot.x + 14 + estimateTextWidth('atendeu 1.234', 14));
    expect(boxChipMax(slot, 'served 3')).toBeGreaterThanOrEqual(max);
  });
});
