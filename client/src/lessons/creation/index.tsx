/**
 * The creation lesson: N worker threads and N child processes requested at
 * once, each timed from the request to "ready", with memory per unit read
 * from /proc. The stage plays the first round with real ids at real times;
 * the results show every measured sample.
 */
import { useMemo } from 'react';
import type { LabEvent } from '../../../../shared/protocol.js';
import { creationExperiment } from '../../../../shared/experiments.js';
import { useI18n, useLocalized } from '../../i18n/index.js';
import { useElementWidth } from '../../lessonKit/useElementWidth.js';
import { useLessonRun } from '../../lessonKit/useLessonRun.js';
import { useReadingHolds } from '../../lessonKit/useReadingHolds.js';
import { useScene } from '../../lessonKit/useScene.js';
import { LessonPage, stageHeightLimit, useFormFollowsRun, useLessonFormState } from '../../lessonKit/LessonPage.js';
import '../../lessonParts/lessonParts.css';
import { CalloutsPanel, NodeNotesPanel, WhatToNotice } from '../../lessonParts/Panels.js';
import type { LessonProps } from '../registry.js';
import { creationCallouts } from './callouts.js';
import { CreationStage } from './CreationStage.js';
import { layoutCreationStage, NARROW_STAGE, WIDE_STAGE } from './layout.js';
import { ResultsPanel } from './ResultsPanel.js';
import { rulerMaxMs, storyAt, unitCount } from './storyModel.js';
import { text as lessonText } from './text.js';
import { parseCreationResult } from './verdict.js';

/** One empty log for every render before a run, so memoized figures are not recomputed. */
const noEvents: readonly LabEvent[] = [];
const spec = creationExperiment;
/** The notes this lesson's runs carry; shown before a run too, since they explain what is about to be measured. */
const usualNotes = ['fork-is-exec', 'worker-own-isolate', 'rss-counts-shared'];

export default function CreationLesson({ lessonId }: LessonProps) {
  const { t, format, language } = useI18n();
  const text = useLocalized(lessonText);
  const form = useLessonFormState(spec);
  const run = useLessonRun(lessonId);
  useFormFollowsRun(spec, run, form.replace);
  const events = run?.events ?? noEvents;
  const { scene, index, sceneAt } = useScene(run?.id, run?.events);
  const words = useMemo(() => ({ t, text, format, language }), [t, text, format, language]);

  const [frameRef, frameWidth] = useElementWidth<HTMLDivElement>();
  const stageWidth = frameWidth > 0 && frameWidth < 560 ? NARROW_STAGE : WIDE_STAGE;
  const count = unitCount(run?.info?.params ?? form.check.values ?? { units: spec.params.units.default }, scene);
  const layout = useMemo(() => layoutCreationStage(count, stageWidth), [count, stageWidth]);
  const story = useMemo(() => storyAt(events, scene, count), [events, scene, count]);
  const maxMs = useMemo(() => rulerMaxMs(events), [events]);
  const callouts = useMemo(() => creationCallouts(scene, story, words), [scene, story, words]);
  // One event ahead: the notes the next event would show, so the clock can hold it back until the room has read these (useReadingHolds).
  const nextCallouts = useMemo(() => {
    if (index + 1 >= events.length) return undefined;
    const next = sceneAt(index + 1);
    return creationCallouts(next, storyAt(events, next, count), words);
  }, [events, index, sceneAt, count, words]);
  useReadingHolds(index, callouts, nextCallouts);
  const result = scene.terminal.state === 'finished' ? parseCreationResult(scene.terminal.result) : undefined;

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
        <CreationStage
          layout={layout}
          scene={scene}
          story={story}
          events={events}
          rulerMaxMs={maxMs}
          callouts={callouts}
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
