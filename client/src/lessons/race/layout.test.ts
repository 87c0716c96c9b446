import { describe, expect, it } from 'vitest';
import { rectInside, rectsOverlap, type Rect } from '../../stage/geometry.js';
import { layoutMeasureStage, NARROW_STAGE, WIDE_STAGE } from './measureLayout.js';
import { layoutStepStage } from './stepLayout.js';

function noOverlaps(rects: readonly Rect[]): boolean {
  return rects.every((rect, index) => rects.slice(index + 1).every((other) => !rectsOverlap(rect, other)));
}

describe('race measure layout', () => {
  it('fits every size the catalog allows, wide and narrow', () => {
    for (const width of [WIDE_STAGE, NARROW_STAGE]) {
      for (let threads = 2; threads <= 8; threads += 1) {
        for (const repeats of [1, 5, 20]) {
          const layout = layoutMeasureStage({ threads, repeats }, width);
          const stage = { x: 0, y: 0, width: layout.width, height: layout.height };
          const where = `${threads} threads, ${repeats} repeats at ${width}`;
          const { box, lanes, counter, roundLine, board } = layout.racers;
          const parts = [...lanes.map((lane) => lane.lane), counter, roundLine, ...board.flatMap((row) => [row.label, ...row.chips])];
          expect(parts.every((part) => rectInside(part, box)), where).toBe(true);
          expect(noOverlaps(parts), where).toBe(true);
          const boxes = [box, ...layout.processes.map((slot) => slot.box)];
          expect(boxes.every((item) => rectInside(item, stage)), where).toBe(true);
          expect(noOverlaps([...boxes, layout.threadsHeader.label, layout.threadsHeader.callout, layout.processesHeader.label, layout.processesHeader.callout]), where).toBe(true);
          expect(layout.processes.every((slot) => rectInside(slot.counter, slot.box)), where).toBe(true);
          expect(layout.processes).toHaveLength(threads);
        }
      }
    }
  });
});

describe('race step layout', () => {
  it('puts x between the registers when wide and keeps everything apart, wide and narrow', () => {
    for (const width of [WIDE_STAGE, NARROW_STAGE]) {
      const layout = layoutStepStage(width);
      const parts = [layout.x, layout.outcome, ...layout.columns.flatMap((column) => [column.lane, column.register, ...column.pills])];
      expect(noOverlaps(parts), `at ${width}`).toBe(true);
      expect(parts.every((part) => rectInside(part, layout.box)), `at ${width}`).toBe(true);
      expect(rectInside(layout.box, { x: 0, y: 0, width: layout.width, height: layout.height })).toBe(true);
      expect(rectsOverlap(layout.box, layout.header.callout)).toBe(false);
    }
    const wide = layoutStepStage(WIDE_STAGE);
    const [left, right] = wide.columns;
    expect(left && left.register.x + left.register.width).toBeLessThan(wide.x.x);
    expect(right && right.register.x).toBeGreaterThan(wide.x.x + wide.x.width);
  });
});
