/**
 * The communication lesson: round trips from the lab host to a thread of its
 * own and to child processes, over every channel. The stage shows a message
 * leaving an address space through the kernel (processes), being cloned
 * inside one process (postMessage), or not moving at all (shared memory);
 * the results compare the measured latencies and throughputs.
 */
import { useMemo } from 'react';
import { communicationExperiment } from '../../../../shared/experiments.js';
import type { LabEvent } from '../../../../shared/protocol.js';
import { useI18n, useLocalized } from '../../i18n/index.js';
import { useElementWidth } from '../../lessonKit/useElementWidth.js';
import { useLessonRun } from '../../lessonKit/useLessonRun.js';
import { useReadingHolds } from '../../lessonKit/useReadingHolds.js';
import { useScene } from '../../lessonKit/useScene.js';
import { latestOf } from '../../lessonParts/callouts.js';
import { LessonPage, stageHeightLimit, useFormFollowsRun, useLessonFormState } from '../../lessonKit/LessonPage.js';
import '../../lessonParts/lessonParts.css';
import { CalloutsPanel, NodeNotesPanel, WhatToNotice } from '../../lessonParts/Panels.js';
import type { LessonProps } from '../registry.js';
import { communicationCallouts } from './callouts.js';
import { completedStories, runChannels } from './channelModel.js';
import { CommunicationStage } from './CommunicationStage.js';
import './communication.css';
import { layoutCommunicationStage, NARROW_STAGE, WIDE_STAGE } from './layout.js';
import { ResultsPanel } from './ResultsPanel.js';
import { text as lessonText } from './text.js';
import { parseCommunicationResult } from './verdict.js';

/** One empty log for every render before a run, so memoized figures are not recomputed. */
const noEvents: readonly LabEvent[] = [];
const spec = communicationExperiment;
/** The notes this lesson's runs carry; shown before a run too. */
const usualNotes = ['worker-own-heap', 'structured-clone-copies', 'stdio-pipes-are-socketpairs', 'spin-burns-a-core'];

export default function CommunicationLesson({ lessonId }: LessonProps) {
  const { t, format, language } = useI18n();
  const text = useLocalized(lessonText);
  const form = useLessonFormState(spec);
  const run = useLessonRun(lessonId);
  useFormFollowsRun(spec, run, form.replace);
  const events = run?.events ?? noEvents;
  const { scene, index, sceneAt } = useScene(run?.id, run?.events);
  const words = useMemo(() => ({ t, text, format, language }), [t, text, format, language]);

  const [frameRef, frameWidth] = useElementWidth<HTMLDivElement>();
  const layout = useMemo(() => layoutCommunicationStage(frameWidth > 0 && frameWidth < 560 ? NARROW_STAGE : WIDE_STAGE), [frameWidth]);
  const channels = runChannels(run?.info?.params ?? form.check.values);
  const played = useMemo(() => events.slice(0, index + 1), [events, index]);
  const told = useMemo(() => new Set(completedStories(played).map((story) => story.channel)), [played]);
  const callouts = useMemo(() => communicationCallouts(played, scene, words), [played, scene, words]);
  // One event ahead: the notes the next event would show, so the clock can hold it back until the room has read these (useReadingHolds).
  const nextCallouts = useMemo(
    () => (index + 1 < events.length ? communicationCallouts(events.slice(0, index + 2), sceneAt(index + 1), words) : undefined),
    [events, index, sceneAt, words],
  );
  useReadingHolds(index, callouts, nextCallouts);
  const result = scene.terminal.state === 'finished' ? parseCommunicationResult(scene.terminal.result) : undefined;

  return (
    <LessonPage
      lessonId={lessonId}
      spec={spec}
      form={form}
      run={run}
      events={events}
      index={index}
      anomalies={scene.anomalies}
      frameRef={frameRef}
      stage={
        <CommunicationStage
          layout={layout}
          scene={scene}
          channels={channels}
          told={told}
          callout={latestOf(callouts, 'run') ?? latestOf(callouts, 'channel')}
          hint={run ? undefined : t.stage.empty}
          words={words}
          style={{ maxHeight: stageHeightLimit(frameWidth, layout) }}
        />
      }
      results={<ResultsPanel terminal={scene.terminal} words={words} />}
      sideTop={<CalloutsPanel callouts={callouts} />}
      sideBottom={
        <>
          <WhatToNotice heading={t.lessonPage.whatToNotice} intro={text.intro} items={text.whatToNotice} />
          <NodeNotesPanel ids={result?.nodeNotes ?? usualNotes} />
        </>
      }
    />
  );
}
