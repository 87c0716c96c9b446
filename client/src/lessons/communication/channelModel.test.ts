import { describe, expect, it } from 'vitest';
import type { LabEvent } from '../../../../shared/protocol.js';
import { activeStep, channelOfPhase, completedStories, movingMessageOf, peerOf, runChannels, stepCount } from './channelModel.js';
import { fixtureRun } from './fixtures.js';

const events = fixtureRun(['postMessage', 'sab-wait', 'pipe', 'ipc-advanced']);
const indexOf = (predicate: (event: LabEvent) => boolean) => events.findIndex(predicate);

describe('communication channel model', () => {
  it('keeps the server’s order whatever order the run listed its channels in', () => {
    expect(runChannels({ channels: ['tcp', 'postMessage', 'sab-spin'] })).toEqual(['postMessage', 'sab-spin', 'tcp']);
    expect(runChannels(undefined)).toHaveLength(8);
  });

  it('reads the channel from the story phase and knows each channel’s peer', () => {
    expect(channelOfPhase('story-unix-socket')).toBe('unix-socket');
    expect(channelOfPhase('measure')).toBeUndefined();
    expect(channelOfPhase('story-carrier-pigeon')).toBeUndefined();
    expect([peerOf('postMessage'), peerOf('sab-spin'), peerOf('ipc-advanced'), peerOf('tcp')]).toEqual(['peer-thread', 'peer-thread', 'peer-process-advanced', 'peer-process']);
    expect([stepCount('postMessage'), stepCount('ipc-json')]).toEqual([3, 4]);
  });

  it('maps a send to the first half of the trip and a receive to the second', () => {
    const sent = events[indexOf((event) => event.kind === 'message.sent' && event.channel === 'pipe')];
    const received = events[indexOf((event) => event.kind === 'message.received' && event.channel === 'pipe')];
    expect([activeStep(sent, 'pipe', 0.2), activeStep(sent, 'pipe', 0.8), activeStep(received, 'pipe', 0.2), activeStep(received, 'pipe', 0.9)]).toEqual([0, 1, 2, 3]);
    const write = events[indexOf((event) => event.kind === 'memory.write')];
    const read = events[indexOf((event) => event.kind === 'memory.read')];
    expect([activeStep(write, 'sab-wait', 0), activeStep(write, 'sab-wait', 1), activeStep(read, 'sab-wait', 0)]).toEqual([0, 1, 2]);
  });

  it('marks a story complete when the host has its second answer', () => {
    const secondSabAnswer = indexOf((event) => event.kind === 'memory.read' && event.actor === 'host' && event.value === -2);
    expect(completedStories(events.slice(0, secondSabAnswer)).map((story) => story.channel)).toEqual(['postMessage']);
    expect(completedStories(events.slice(0, secondSabAnswer + 1)).map((story) => story.channel)).toEqual(['postMessage', 'sab-wait']);
    expect(completedStories(events).map((story) => story.channel)).toEqual(['postMessage', 'sab-wait', 'ipc-advanced', 'pipe']);
  });

  it('moves the message of a send or a receive, and no message for any other event', () => {
    const sent = events[indexOf((event) => event.kind === 'message.sent')];
    const received = events[indexOf((event) => event.kind === 'message.received')];
    const write = events[indexOf((event) => event.kind === 'memory.write')];
    expect(sent && 'msg' in sent && movingMessageOf(sent)).toBe(sent && 'msg' in sent ? sent.msg : 'no send in the fixture');
    expect(received && 'msg' in received && movingMessageOf(received)).toBe(received && 'msg' in received ? received.msg : 'no receive in the fixture');
    expect(movingMessageOf(write)).toBeUndefined();
    expect(movingMessageOf(undefined)).toBeUndefined();
  });
});
