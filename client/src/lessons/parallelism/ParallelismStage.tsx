/**
 * The parallelism stage: what runs now (the threaded process and its lanes,
 * or the child processes), the machine's cores, and every configuration on
 * its own real clock so their lengths can be compared.
 */
import type { CSSProperties } from 'react';
import type { LabEvent } from '../../../../shared/protocol.js';
import type { Dictionary } from '../../i18n/dictionary.js';
import type { Formatters } from '../../i18n/format.js';
import { latestOf } from '../../lessonParts/callouts.js';
import type { Scene } from '../../scene/types.js';
import { Callout } from '../../stage/Callout.js';
import { FitText } from '../../stage/FitText.js';
import { palette } from '../../stage/palette.js';
import { StageDefs } from '../../stage/StageDefs.js';
import type { ParallelismCallout } from './callouts.js';
import { CoresPanel } from './CoresPanel.js';
import type { ParallelismLayout } from './layout.js';
import { RunTimeline } from './RunTimeline.js';
import { parseConfiguration, runningUnits, type Configuration } from './stageModel.js';
import type { ParallelismText } from './text.js';
import { WorkArea } from './WorkArea.js';

type ParallelismStageProps = {
  layout: ParallelismLayout;
  scene: Scene;
  events: readonly LabEvent[];
  configs: readonly Configuration[];
  scaleMs: number;
  cores: number | undefined;
  callouts: readonly ParallelismCallout[];
  hint: string | undefined;
  words: { t: Dictionary; text: ParallelismText; format: Formatters };
  style?: CSSProperties;
};

function nowLabel(text: ParallelismText, format: Formatters, scene: Scene): string {
  if (scene.terminal.state !== 'running') return text.now.done;
  const configuration = parseConfiguration(scene.phase);
  if (!configuration) return text.now.setup;
  const n = format.integer(configuration.n);
  if (configuration.kind === 'baseline') return text.now.baseline;
  return configuration.kind === 'threads' ? text.now.threads({ n }) : text.now.processes({ n });
}

export function ParallelismStage({ layout, scene, events, configs, scaleMs, cores, callouts, hint, words, style }: ParallelismStageProps) {
  const { t, text, format } = words;
  // A crowding note belongs to its configuration: once the next one runs, it would describe the wrong units.
  const running = scene.terminal.state === 'running';
  const now = running ? callouts.filter((callout) => callout.section === 'now' && callout.id === `crowded-${scene.phase ?? ''}`).at(-1) : undefined;
  const timeline = latestOf(callouts, 'timeline') ?? latestOf(callouts, 'run');
  const label = nowLabel(text, format, scene);
  return (
    <svg className="stage" viewBox={`0 0 ${layout.width} ${layout.height}`} role="img" aria-label={t.stage.label} data-testid="stage" style={style}>
      <StageDefs />
      <FitText x={layout.now.label.x} y={layout.now.label.y + 26} fontSize={18} fontWeight={700} fill={palette.ink} maxWidth={layout.now.label.width} data-testid="now-label">
        {label}
      </FitText>
      <CoresPanel rect={layout.cores} narrow={layout.narrow} cores={cores} running={runningUnits(scene)} words={words} />
      <WorkArea work={layout.work} narrow={layout.narrow} scene={scene} words={words} />
      <FitText x={layout.timeline.label.x} y={layout.timeline.label.y + 26} fontSize={18} fontWeight={700} fill={palette.ink} maxWidth={layout.timeline.label.width}>
        {text.timelineLabel}
      </FitText>
      <RunTimeline rows={layout.rows} configs={configs} events={events} scene={scene} scaleMs={scaleMs} words={words} />
      {now && <Callout testId="stage-callout-now" rect={layout.now.callout} text={now.text} />}
      {hint && !now && <Callout testId="stage-hint" rect={layout.now.callout} text={hint} />}
      {timeline && <Callout testId="stage-callout-timeline" rect={layout.timeline.callout} text={timeline.text} />}
    </svg>
  );
}
