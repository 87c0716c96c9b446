import { describe, expect, it } from 'vitest';
import { estimateTextWidth } from '../../stage/geometry.js';
import { crackX, crackZone } from './placement.js';
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
});
