import { describe, expect, it } from 'vitest';
import { HOST, PEER_ADVANCED, PEER_PROCESS, PEER_THREAD } from './channelModel.js';
import { layoutCommunicationStage, layoutProblems, messageWay, NARROW_STAGE, processLegs, threadPath, WIDE_STAGE } from './layout.js';

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

  it('routes a message through the kernel between processes and straight down the lanes between threads, reversed for the reply', () => {
    const layout = layoutCommunicationStage();
    const { toKernel, fromKernel } = processLegs(layout, 'process');
    expect(messageWay(layout, HOST, PEER_PROCESS)).toEqual({ legs: [toKernel, fromKernel] });
    expect(messageWay(layout, PEER_PROCESS, HOST)).toEqual({ legs: [[...fromKernel].reverse(), [...toKernel].reverse()] });
    expect(messageWay(layout, HOST, PEER_ADVANCED)).toEqual({ legs: [processLegs(layout, 'advanced').toKernel, processLegs(layout, 'advanced').fromKernel] });
    expect(messageWay(layout, HOST, PEER_THREAD)).toEqual({ path: threadPath(layout) });
    expect(messageWay(layout, PEER_THREAD, HOST)).toEqual({ path: [...threadPath(layout)].reverse() });
    expect(messageWay(layout, PEER_THREAD, PEER_PROCESS)).toBeUndefined();
    expect(messageWay(layout, HOST, 'stranger')).toBeUndefined();
  });
});
