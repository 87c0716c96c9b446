/**
 * The crash lesson's stage: the processes side and the threads side, both
 * failing at the same moment, with the latest callout of each side above it.
 * Redraws once per event (heartbeats arrive ten a second per actor; there is
 * no per-frame motion to draw).
 */
import type { CSSProperties } from 'react';
import { latestCallout } from '../../lessonKit/callouts.js';
import type { Scene } from '../../scene/types.js';
import { Callout } from '../../stage/Callout.js';
import { FitText } from '../../stage/FitText.js';
import { palette } from '../../stage/palette.js';
import { StageDefs } from '../../stage/StageDefs.js';
import type { TimeWindow } from '../../stage/timeScale.js';
import type { CrashCallout, CrashWords } from './callouts.js';
import type { CrashLayout } from './layout.js';
import { faultsOf, type CrashModel } from './model.js';
import { ProcessSide } from './ProcessSide.js';
import { ThreadSide } from './ThreadSide.js';

type CrashStageProps = {
  layout: CrashLayout;
  scene: Scene;
  model: CrashModel;
  timeWindow: TimeWindow;
  callouts: readonly CrashCallout[];
  /** Shown in the processes callout place while nothing has happened yet. */
  hint?: string | undefined;
  words: CrashWords;
  style?: CSSProperties;
};

export function CrashStage({ layout, scene, model, timeWindow, callouts, hint, words, style }: CrashStageProps) {
  const { t, text } = words;
  const event = scene.lastEvent;
  const processMarks = faultsOf(model, 'processes').map((fault) => ({ t: fault.t, kind: 'fault' as const }));
  const threadMarks = faultsOf(model, 'threads').map((fault) => ({ t: fault.t, kind: 'fault' as const }));
  const sides = [
    { section: 'processes' as const, label: layout.processes.label, callout: layout.processes.callout, title: text.sectionProcesses, colour: palette.process },
    { section: 'threads' as const, label: layout.threads.label, callout: layout.threads.callout, title: text.sectionThreads, colour: palette.thread },
  ];
  return (
    <svg
      className="stage"
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      role="img"
      aria-label={t.stage.label}
      data-testid="stage"
      data-failed={scene.terminal.state === 'failed' || undefined}
      style={style}
    >
      <StageDefs />
      {sides.map((side) => {
        const callout = latestCallout(callouts, side.section);
        const shown = callout?.text ?? (side.section === 'processes' ? hint : undefined);
        return (
          <g key={side.section}>
            <FitText x={side.label.x} y={side.label.y + 24} fontSize={19} fontWeight={700} fill={side.colour} maxWidth={side.label.width}>
              {side.title}
            </FitText>
            {shown && <Callout testId={`stage-callout-${side.section}`} rect={side.callout} text={shown} />}
          </g>
        );
      })}
      <ProcessSide slots={layout.processes.slots} scene={scene} model={model} timeWindow={timeWindow} marks={processMarks} event={event} words={words} />
      <ThreadSide layout={layout.threads} scene={scene} model={model} timeWindow={timeWindow} marks={threadMarks} event={event} words={words} />
    </svg>
  );
}
