/**
 * Plain-language callouts for the communication lesson, computed from the
 * events played so far and the run's result. Pure, tested against a run
 * shaped like the server's.
 */
import type { LabEvent } from '../../../../shared/protocol.js';
import { channelKinds } from '../../../../shared/results/communication.js';
import type { Language } from '../../i18n/dictionary.js';
import type { Formatters } from '../../i18n/format.js';
import { byTime, type LessonCallout } from '../../lessonParts/callouts.js';
import { us } from '../../lessonParts/figures.js';
import type { Scene } from '../../scene/types.js';
import { completedStories, HOST, peerOf } from './channelModel.js';
import { channelName, channelNameAtStart } from './channelNames.js';
import { text as localizedText, type CommunicationText } from './text.js';
import { parseCommunicationResult } from './verdict.js';

export type CommunicationSection = 'channel' | 'run';
export type CommunicationCallout = LessonCallout<CommunicationSection>;
/** `language` names the channels in words; without it, it is the language `text` is in. */
export type CalloutWords = { text: CommunicationText; format: Formatters; language?: Language };

export function communicationCallouts(played: readonly LabEvent[], scene: Scene, words: CalloutWords): CommunicationCallout[] {
  const { text, format } = words;
  const language = words.language ?? (text === localizedText['pt-BR'] ? 'pt-BR' : 'en');
  const name = (channel: string) => channelName(channel, language);
  const nameAtStart = (channel: string) => channelNameAtStart(channel, language);
  const callouts: CommunicationCallout[] = [];
  const pidOf = (actor: string) => scene.actors[actor]?.pid;
  const spinStart = played.find((event) => event.kind === 'phase' && event.name === 'story-sab-spin');
  if (spinStart) callouts.push({ id: 'spin', section: 'channel', at: spinStart.t, text: text.callouts.spin });

  for (const { channel, at } of completedStories(played)) {
    const host = pidOf(HOST);
    const peer = pidOf(peerOf(channel));
    if (host === undefined || peer === undefined) continue;
    const kind = channelKinds[channel];
    const sentence =
      kind.between === 'processes'
        ? text.callouts.processChannel({ channel: nameAtStart(channel), from: format.osId(host), to: format.osId(peer) })
        : kind.copies === 'none'
          ? text.callouts.shared({ channel: nameAtStart(channel), pid: format.osId(host) })
          : text.callouts.postMessage({ pid: format.osId(host) });
    callouts.push({ id: `story-${channel}`, section: 'channel', at, text: sentence });
  }

  if (scene.terminal.state === 'finished') {
    const result = parseCommunicationResult(scene.terminal.result);
    const of = (channel: string | null | undefined) => result?.channels.find((entry) => entry.channel === channel);
    const thread = of(result?.verdict.fastestThreadChannel);
    const process = of(result?.verdict.fastestProcessChannel);
    if (thread && process) {
      callouts.push({
        id: 'measured',
        section: 'channel',
        at: scene.terminal.t,
        text: text.callouts.measured({
          thread: name(thread.channel),
          threadUs: us(format, thread.latencyMedianUs),
          process: name(process.channel),
          processUs: us(format, process.latencyMedianUs),
        }),
      });
    }
  } else if (scene.terminal.state === 'failed') {
    callouts.push({ id: 'failed', section: 'run', at: scene.terminal.t, text: text.callouts.failed({ error: scene.terminal.error }) });
  }
  return byTime(callouts);
}
