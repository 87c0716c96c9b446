import { describe, expect, it } from 'vitest';
import { layoutCommunicationStage, layoutProblems, NARROW_STAGE, processLegs, WIDE_STAGE } from './layout.js';

describe('layoutCommunicationStage', () => {
  for (const width of [WIDE_STAGE, NARROW_STAGE]) {
    it(`fits without overlaps (${width} wide)`, () => {
      expect(layoutProblems(layoutCommunicationStage(width))).toEqual([]);
    });

    it(`sends process messages through the kernel (${width} wide)`, () => {
      const layout = layoutCommunicationStage(width);
      const { toKernel, fromKernel } = processLegs(layout, 'advanced');
      const meeting = toKernel.at(-1);
      expect(meeting).toEqual(fromKernel[0]);
      const { kernel } = layout;
      expect(meeting && meeting.x >= kernel.x && meeting.x <= kernel.x + kernel.width && meeting.y >= kernel.y && meeting.y <= kernel.y + kernel.height).toBe(true);
    });
  }

  it('stays short enough for a 720p projector', () => {
    expect(layoutCommunicationStage().height).toBeLessThan(480);
  });
});
