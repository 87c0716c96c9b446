/**
 * The parallelism lesson: one CPU-bound job done alone, then split over
 * 1..N threads and 1..N processes. The stage shows each configuration's
 * units and the machine's cores, and every configuration on its own real
 * clock; the results chart speedup against the core count.
 */
import { useMemo } from 'react';
import type { LabEvent } from '../../../../shared/protocol.js';
import { parallelismExperiment } from '../../../../shared/experiments.js';
import { useI18n, useLocalized } from '../../i18n/index.js';
import { useElementWidth } from '../../lessonKit/useElementWidth.js';
import { useLessonRun } from '../../lessonKit/useLessonRun.js';
import { useReadingHolds } from '../../lessonKit/useReadingHolds.js';
import { useScene } from '../../lessonKit/useScene.js';
import { LessonPage, stageHeightLimit, useFormFollowsRun, useLessonFormState } from '../../lessonKit/LessonPage.js';
import '../../lessonParts/lessonParts.css';
import { CalloutsPanel, NodeNotesPanel, WhatToNotice } from '../../lessonParts/Panels.js';
import { useLabStore } from '../../store/labStore.js';
import type { LessonProps } from '../registry.js';
import { parallelismCallouts } from './callouts.js';
import { layoutParallelismStage, NARROW_STAGE, WIDE_STAGE } from './layout.js';
import { ParallelismStage } from './ParallelismStage.js';
import { ResultsPanel } from './ResultsPanel.js';
import { configurations, timelineRows, timelineScaleMs, workerCount } from './stageModel.js';
import { text as lessonText } from './text.js';
import { parseParallelismResult } from './verdict.js';

/** One empty log for every render before a run, so memoized figures are not recomputed. */
const noEvents: readonly LabEvent[] = [];
const spec = parallelismExperiment;
/** The notes this lesson's runs carry; shown before a run too. */
const usualNotes = ['worker-own-isolate', 'fork-is-exec'];

export default function ParallelismLesson({ lessonId }: LessonProps) {
  const { t, format, language } = useI18n();
  const text = useLocalized(lessonText);
  const form = useLessonFormState(spec);
  const run = useLessonRun(lessonId);
  useFormFollowsRun(spec, run, form.replace);
  const events = run?.events ?? noEvents;
  const { scene, index, sceneAt } = useScene(run?.id, run?.events);
  const serverCores = useLabStore((state) => state.connection.cores);
  const words = useMemo(() => ({ t, text, format, language }), [t, text, format, language]);

  const [frameRef, frameWidth] = useElementWidth<HTMLDivElement>();
  const stageWidth = frameWidth > 0 && frameWidth < 560 ? NARROW_STAGE : WIDE_STAGE;
  const workers = workerCount(run?.info?.params ?? form.check.values ?? { maxWorkers: spec.params.maxWorkers.default }, scene);
  const layout = useMemo(() => layoutParallelismStage(workers, stageWidth), [workers, stageWidth]);
  const configs = useMemo(() => configurations(workers), [workers]);
  const scaleMs = useMemo(() => timelineScaleMs(events), [events]);
  const result = scene.terminal.state === 'finished' ? parseParallelismResult(scene.terminal.result) : undefined;
  // The run's own figure once it is known; before that, what the server said when we connected (same machine).
  const cores = result?.cores ?? serverCores;
  const callouts = useMemo(() => {
    const rows = timelineRows(configs, events.slice(0, index + 1), scene, events[index]?.t ?? 0);
    return parallelismCallouts(rows, scene, cores, words);
  }, [configs, events, index, scene, cores, words]);
  // One event ahead: the notes the next event would show, so the clock can hold it back until the room has read these (useReadingHolds).
  const nextCallouts = useMemo(() => {
    if (index + 1 >= events.length) return undefined;
    const next = sceneAt(index + 1);
    return parallelismCallouts(timelineRows(configs, events.slice(0, index + 2), next, events[index + 1]?.t ?? 0), next, cores, words);
  }, [configs, events, index, sceneAt, cores, words]);
  useReadingHolds(index, callouts, nextCallouts);

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
        <ParallelismStage
          layout={layout}
          scene={scene}
          events={events}
          configs={configs}
          scaleMs={scaleMs}
          cores={cores}
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
