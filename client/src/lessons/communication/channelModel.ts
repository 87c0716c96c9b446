/**
 * What the communication stage needs to know about channels: which ones a
 * run covers (catalog order, as the server runs them), which one the phase
 * is telling, which of its steps the current event is, and which story is
 * complete. The server tells each channel in phase "story-<channel>": two
 * round trips as message.sent/received pairs (host ↔ peer-thread,
 * peer-process or peer-process-advanced), or, for shared memory, writes and
 * reads of the cell "mailbox" in the host's address space. Pure.
 */
import { communicationChannels } from '../../../../shared/experiments.js';
import type { LabEvent } from '../../../../shared/protocol.js';
import { channelKinds } from '../../../../shared/results/communication.js';
import type { CommunicationText } from './text.js';

export type Channel = keyof typeof channelKinds;
export const HOST = 'host';
export const PEER_THREAD = 'peer-thread';
export const PEER_PROCESS = 'peer-process';
export const PEER_ADVANCED = 'peer-process-advanced';
export const MAILBOX = 'mailbox';

export function isChannel(name: string | undefined): name is Channel {
  return name !== undefined && Object.hasOwn(channelKinds, name);
}

/** The channels a run covers, in the order the server runs them. */
export function runChannels(params: Readonly<Record<string, unknown>> | undefined): Channel[] {
  const asked = Array.isArray(params?.channels) ? params.channels.filter((item): item is string => typeof item === 'string') : [...communicationChannels];
  return communicationChannels.filter((channel) => asked.includes(channel));
}

export function channelOfPhase(phase: string | undefined): Channel | undefined {
  const name = phase?.startsWith('story-') ? phase.slice('story-'.length) : undefined;
  return isChannel(name) ? name : undefined;
}

/** The peer actor a channel talks to. */
export function peerOf(channel: Channel): string {
  if (channelKinds[channel].between === 'threads') return PEER_THREAD;
  return channel === 'ipc-advanced' ? PEER_ADVANCED : PEER_PROCESS;
}

/** The four captions of a channel's journey: three or four steps (thread channels end with a note). */
export function stepsOf(text: CommunicationText, channel: Channel): readonly string[] {
  switch (channel) {
    case 'ipc-json':
      return text.steps.serialize;
    case 'ipc-advanced':
      return text.steps.serializeAdvanced;
    case 'pipe':
    case 'unix-socket':
    case 'tcp':
      return text.steps.stream;
    case 'postMessage':
      return text.steps.clone;
    case 'sab-wait':
      return text.steps.sharedWait;
    case 'sab-spin':
      return text.steps.sharedSpin;
  }
}

/** How many of a channel's captions are steps (the rest is a note). */
export function stepCount(channel: Channel): number {
  return channelKinds[channel].between === 'threads' ? 3 : 4;
}

/**
 * Which step (0-based) the current event shows: a send is the first half of
 * the trip (steps 0-1), a receive the second (2-3); for shared memory the
 * write is 0-1 and the read 2. `progress` (0..1) is how far the event's
 * animation has gone.
 */
export function activeStep(event: LabEvent | undefined, channel: Channel, progress: number): number | undefined {
  if (!event) return undefined;
  const late = progress >= 0.5;
  const threads = channelKinds[channel].between === 'threads';
  switch (event.kind) {
    case 'message.sent':
      return event.channel === channel ? (late ? 1 : 0) : undefined;
    case 'message.received':
      return event.channel !== channel ? undefined : threads ? 2 : late ? 3 : 2;
    case 'memory.write':
      return event.cell === MAILBOX ? (late ? 1 : 0) : undefined;
    case 'memory.read':
      return event.cell === MAILBOX ? 2 : undefined;
    default:
      return undefined;
  }
}

/**
 * The message the current event moves (sent or received): the stage draws it
 * gliding, and every other message in flight resting. Undefined for an event
 * that moves no message.
 */
export function movingMessageOf(event: LabEvent | undefined): string | undefined {
  return event && 'msg' in event ? event.msg : undefined;
}

export type StoryDone = { channel: Channel; at: number };

/** Channels whose story is complete in the played events: the host got its second reply (or read its second answer). */
export function completedStories(played: readonly LabEvent[]): StoryDone[] {
  const done: StoryDone[] = [];
  let channel: Channel | undefined;
  let replies = 0;
  for (const event of played) {
    if (event.kind === 'phase') {
      channel = channelOfPhase(event.name);
      replies = 0;
      continue;
    }
    if (!channel) continue;
    const reply =
      (event.kind === 'message.received' && event.actor === HOST && event.channel === channel) ||
      (event.kind === 'memory.read' && event.actor === HOST && event.cell === MAILBOX);
    if (!reply) continue;
    replies += 1;
    if (replies === 2) done.push({ channel, at: event.t });
  }
  return done;
}
