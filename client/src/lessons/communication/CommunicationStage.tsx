/**
 * The communication stage: the lab host's process with its main thread, its
 * peer thread and the shared mailbox; the kernel between address spaces; the
 * two peer processes. Redraws once per event; CommMotion handles the frames.
 */
import type { CSSProperties } from 'react';
import { channelKinds } from '../../../../shared/results/communication.js';
import type { Dictionary } from '../../i18n/dictionary.js';
import type { Formatters } from '../../i18n/format.js';
import { useI18n } from '../../i18n/index.js';
import { lifeOf, lifeText } from '../../lessonParts/life.js';
import type { Scene } from '../../scene/types.js';
import { Callout } from '../../stage/Callout.js';
import { FitText } from '../../stage/FitText.js';
import { MemoryCell } from '../../stage/MemoryCell.js';
import { palette } from '../../stage/palette.js';
import { ProcessBox } from '../../stage/ProcessBox.js';
import { StageDefs } from '../../stage/StageDefs.js';
import { ThreadLane } from '../../stage/ThreadLane.js';
import type { CommunicationCallout } from './callouts.js';
import { channelOfPhase, HOST, MAILBOX, PEER_ADVANCED, PEER_PROCESS, PEER_THREAD, peerOf, type Channel } from './channelModel.js';
import { channelName } from './channelNames.js';
import { CommMotion } from './CommMotion.js';
import type { CommunicationLayout } from './layout.js';
import type { CommunicationText } from './text.js';

type CommunicationStageProps = {
  layout: CommunicationLayout;
  scene: Scene;
  channels: readonly Channel[];
  /** Channels whose story has been played. */
  told: ReadonlySet<string>;
  callout: CommunicationCallout | undefined;
  hint: string | undefined;
  words: { t: Dictionary; text: CommunicationText; format: Formatters };
  style?: CSSProperties;
};

export function CommunicationStage({ layout, scene, channels, told, callout, hint, words, style }: CommunicationStageProps) {
  const { t, text, format } = words;
  const { language } = useI18n();
  const event = scene.lastEvent;
  const activeActor = event && 'actor' in event ? event.actor : undefined;
  const current = channelOfPhase(scene.phase);
  const host = scene.actors[HOST];
  const peerThread = scene.actors[PEER_THREAD];
  const cell = host ? scene.spaces[host.pid]?.cells[MAILBOX] : undefined;
  const touch = event && (event.kind === 'memory.write' || event.kind === 'memory.read') && event.cell === MAILBOX ? (event.kind === 'memory.write' ? 'write' : 'read') : undefined;
  const finished = scene.terminal.state !== 'running';
  const bytes = event && 'bytes' in event ? format.integer(event.bytes) : undefined;
  const label = finished
    ? text.now.done
    : current
      ? bytes
        ? text.now.story({ channel: channelName(current, language), bytes })
        : `${channelName(current, language)} — ${text.now[channelKinds[current].between]}`
      : text.now.setup;
  // The steps shown: the channel being told, else the first one (before) or the last one (after).
  const stepsChannel = current ?? (told.size > 0 ? channels.at(-1) : channels[0]);

  const peerBox = (actorId: string, rect: typeof layout.host, title: string) => {
    const actor = scene.actors[actorId];
    const carried = channels.filter((channel) => peerOf(channel) === actorId).join(' · ');
    return (
      <ProcessBox
        testId={`box-${actorId}`}
        rect={rect}
        title={title}
        pidText={actor ? t.stage.pid({ pid: format.osId(actor.pid) }) : ''}
        state={lifeOf(actor)}
        stateText={lifeText(t, actor)}
        active={activeActor === actorId}
      >
        {carried && (
          <FitText x={rect.x + 12} y={rect.y + rect.height - 12} fontSize={14} fill={palette.message} fontWeight={700} maxWidth={rect.width - 24}>
            {carried}
          </FitText>
        )}
      </ProcessBox>
    );
  };

  const kernel = layout.kernel;
  return (
    <svg className="stage" viewBox={`0 0 ${layout.width} ${layout.height}`} role="img" aria-label={t.stage.label} data-testid="stage" style={style}>
      <StageDefs />
      <defs>
        <pattern id="kernel-hatch" width="12" height="12" patternUnits="userSpaceOnUse" patternTransform="rotate(-45)">
          <rect width="12" height="12" fill="#eeeeee" />
          <line x1="0" y1="0" x2="0" y2="12" stroke={palette.muted} strokeOpacity="0.3" strokeWidth="4" />
        </pattern>
      </defs>
      <FitText x={layout.label.x} y={layout.label.y + 26} fontSize={18} fontWeight={700} fill={palette.ink} maxWidth={layout.label.width} data-testid="now-label">
        {label}
      </FitText>

      {channels.map((channel, index) => {
        const rect = layout.chips[index];
        if (!rect) return null;
        const isCurrent = channel === current;
        const threads = channelKinds[channel].between === 'threads';
        return (
          <g key={channel} data-testid={`chip-${channel}`} data-current={isCurrent || undefined} data-told={told.has(channel) || undefined}>
            <rect
              x={rect.x}
              y={rect.y}
              width={rect.width}
              height={rect.height}
              rx={rect.height / 2}
              fill={isCurrent ? palette.ink : told.has(channel) ? (threads ? palette.threadFill : palette.processFill) : palette.paper}
              stroke={threads ? palette.thread : palette.process}
              strokeWidth={isCurrent ? 3 : 2}
              strokeDasharray={told.has(channel) || isCurrent ? undefined : '5 4'}
            />
            <FitText x={rect.x + rect.width / 2} y={rect.y + rect.height / 2 + 5} fontSize={14} fontWeight={700} textAnchor="middle" fill={isCurrent ? palette.paper : palette.ink} maxWidth={rect.width - 12}>
              {channel}
            </FitText>
          </g>
        );
      })}

      <ProcessBox
        testId="box-host"
        rect={layout.host}
        title={text.actors.host}
        pidText={host ? t.stage.pid({ pid: format.osId(host.pid) }) : ''}
        state={lifeOf(host)}
        stateText={lifeText(t, host)}
        active={false}
        compactHeader
      />
      <ThreadLane
        testId="lane-host"
        rect={layout.mainLane}
        title={text.hostMain}
        tidText={host ? t.stage.tid({ tid: format.osId(host.tid) }) : ''}
        state={lifeOf(host)}
        stateText={lifeText(t, host)}
        active={activeActor === HOST}
      />
      <MemoryCell
        testId="cell-mailbox"
        rect={layout.mailbox}
        name={text.mailbox}
        valueText={cell ? `#${format.integer(Math.abs(cell.value))}` : '–'}
        touch={touch}
        touchLabel={touch === 'write' ? t.stage.writing : touch === 'read' ? t.stage.reading : undefined}
        flashKey={touch === 'write' ? event?.seq : undefined}
        tagSide="left"
      />
      <ThreadLane
        testId="lane-peer-thread"
        rect={layout.peerLane}
        title={text.peerThread}
        tidText={peerThread ? t.stage.tid({ tid: format.osId(peerThread.tid) }) : ''}
        state={lifeOf(peerThread)}
        stateText={lifeText(t, peerThread)}
        active={activeActor === PEER_THREAD}
      />

      <g data-testid="kernel">
        <rect x={kernel.x} y={kernel.y} width={kernel.width} height={kernel.height} rx={10} fill="url(#kernel-hatch)" stroke={palette.muted} strokeWidth={2} />
        {layout.narrow ? (
          <FitText x={kernel.x + 12} y={kernel.y + kernel.height / 2 + 6} fontSize={16} fontWeight={800} fill={palette.ink} maxWidth={kernel.width - 24}>
            {`${text.kernel} — ${text.kernelNote}`}
          </FitText>
        ) : (
          <>
            <text x={kernel.x + kernel.width / 2} y={kernel.y + 24} fontSize={17} fontWeight={800} textAnchor="middle" fill={palette.ink}>
              {text.kernel}
            </text>
            <FitText
              x={0}
              y={0}
              transform={`translate(${kernel.x + kernel.width / 2 + 5} ${kernel.y + kernel.height - 12}) rotate(-90)`}
              fontSize={14}
              fill={palette.muted}
              maxWidth={kernel.height - 52}
            >
              {text.kernelNote}
            </FitText>
          </>
        )}
      </g>

      {peerBox(PEER_PROCESS, layout.peers.process, text.actors.peerProcess)}
      {peerBox(PEER_ADVANCED, layout.peers.advanced, text.actors.peerAdvanced)}

      <CommMotion layout={layout} scene={scene} stepsChannel={stepsChannel} words={words} />
      {callout && <Callout testId={`stage-callout-${callout.section}`} rect={layout.callout} text={callout.text} />}
      {hint && !callout && <Callout testId="stage-hint" rect={layout.callout} text={hint} />}
    </svg>
  );
}
