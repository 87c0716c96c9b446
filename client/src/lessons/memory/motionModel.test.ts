import { describe, expect, it } from 'vitest';
import { recordedMemoryRun } from '../../scene/fixtures/memoryRun.js';
import { createSceneTimeline } from '../../scene/sceneAt.js';
import { restingMessages } from '../../stage/motion.js';
import { arrivingProgress, IN_FLIGHT_PROGRESS, justSentMessage, sentProgress } from './motionModel.js';

const events = recordedMemoryRun;

describe('memory stage motion', () => {
  it('glides a sent envelope to the middle, rests it there, and finishes the trip on receipt', () => {
    expect(sentProgress(0)).toBe(0);
    expect(sentProgress(1)).toBe(IN_FLIGHT_PROGRESS);
    expect(arrivingProgress(0)).toBe(IN_FLIGHT_PROGRESS);
    expect(arrivingProgress(1)).toBe(1);
    expect(sentProgress(0.5)).toBe(0.25);
    expect(arrivingProgress(0.5)).toBe(0.75);
  });

  it('moves only the message the current event sends', () => {
    const sent = events.find((event) => event.kind === 'message.sent');
    const received = events.find((event) => event.kind === 'message.received');
    const write = events.find((event) => event.kind === 'memory.write');
    expect(sent && justSentMessage(sent)).toBe(sent && 'msg' in sent ? sent.msg : 'no send in the fixture');
    expect(justSentMessage(received)).toBeUndefined();
    expect(justSentMessage(write)).toBeUndefined();
    expect(justSentMessage(undefined)).toBeUndefined();
  });

  it('keeps the messages in flight the same object across events that send or receive nothing (the resting layer is memoized on it)', () => {
    const timeline = createSceneTimeline();
    let previous = timeline.at(events, -1);
    let checked = 0;
    events.forEach((event, index) => {
      const scene = timeline.at(events, index);
      if (event.kind !== 'message.sent' && event.kind !== 'message.received') {
        expect(scene.messages).toBe(previous.messages);
        checked += 1;
      }
      // The just-sent envelope is drawn by the moving layer; every other one rests.
      const moving = justSentMessage(event);
      const resting = restingMessages(scene.messages, moving).map((message) => message.msg);
      expect(resting).toEqual(Object.keys(scene.messages).filter((msg) => msg !== moving));
      previous = scene;
    });
    expect(checked).toBeGreaterThan(10);
  });
});
