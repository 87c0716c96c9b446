/**
 * The backend lesson: one HTTP service built as a thread pool and as a
 * cluster, under the same real load; then one worker of each crashes; then
 * two services talk over HTTP. The stage shows which worker served each
 * drawn request and what a crash takes down; the results chart the measured
 * latency, throughput, failed requests and recovery.
 */
import { useCallback, useMemo } from 'react';
import { backendExperiment } from '../../../../shared/experiments.js';
import type { LabEvent } from '../../../../shared/protocol.js';
import { useI18n, useLocalized } from '../../i18n/index.js';
import { LessonPage, stageHeightLimit, useFormFollowsRun, useLessonFormState } from '../../lessonKit/LessonPage.js';
import { CalloutsList, NodeNotes, NoticeList } from '../../lessonKit/TextPanels.js';
import { useElementWidth } from '../../lessonKit/useElementWidth.js';
import { useLessonRun } from '../../lessonKit/useLessonRun.js';
import { useReadingHolds } from '../../lessonKit/useReadingHolds.js';
import { useScene } from '../../lessonKit/useScene.js';
import type { LessonProps } from '../registry.js';
import { BackendStage } from './BackendStage.js';
import { backendCallouts } from './callouts.js';
import { BACKEND_MIN_FONT, layoutBackendStage } from './layout.js';
import { backendModelAt } from './model.js';
import { backendNotes, notesFor, usualNotes } from './notes.js';
import { ResultsPanel } from './ResultsPanel.js';
import { text as lessonText } from './text.js';
import { parseBackendResult } from './verdict.js';

const spec = backendExperiment;
const noEvents: readonly LabEvent[] = [];

/** The run's worker count (or the form's, before a run), within the catalog's bounds. */
function workerCount(params: Record<string, unknown> | undefined): number {
  const value = params?.workers;
  const { min, max, default: fallback } = spec.params.workers;
  return typeof value === 'number' && Number.isInteger(value) ? Math.min(max, Math.max(min, value)) : fallback;
}

export default function BackendLesson({ lessonId }: LessonProps) {
  const { t, format, language } = useI18n();
  const text = useLocalized(lessonText);
  const notes = useLocalized(backendNotes);
  const form = useLessonFormState(spec);
  const run = useLessonRun(lessonId);
  useFormFollowsRun(spec, run, form.replace);
  const events = run?.events ?? noEvents;
  const { scene, index, sceneAt } = useScene(run?.id, run?.events);
  const phaseLabel = useCallback((name: string) => text.phases[name], [text]);
  const words = useMemo(() => ({ t, text, format }), [t, text, format]);
  const workers = workerCount(run?.info?.params ?? form.check.values);
  const model = useMemo(() => backendModelAt(events, index), [events, index]);
  const callouts = useMemo(() => backendCallouts(events, index, model, workers, words), [events, index, model, workers, words]);
  // One event ahead: the notes the next event would show, so the clock can hold it back until the room has read these (useReadingHolds).
  const nextCallouts = useMemo(
    () => (index + 1 < events.length ? backendCallouts(events, index + 1, backendModelAt(events, index + 1), workers, words) : undefined),
    [events, index, workers, words],
  );
  useReadingHolds(index, callouts, nextCallouts);
  const [frameRef, frameWidth] = useElementWidth<HTMLDivElement>();
  const layout = useMemo(() => layoutBackendStage(workers), [workers]);
  const result = scene.terminal.state === 'finished' ? parseBackendResult(scene.terminal.result) : undefined;

  return (
    <LessonPage
      lessonId={lessonId}
      spec={spec}
      form={form}
      wording={{ optionLabel: (_name, option) => text.options[option] ?? option, fieldNote: (name) => (name === 'fault' ? text.faultNote : undefined) }}
      run={run}
      events={events}
      index={index}
      anomalies={scene.anomalies}
      frameRef={frameRef}
      phaseLabel={phaseLabel}
      stage={
        <BackendStage
          layout={layout}
          scene={scene}
          model={model}
          callouts={callouts}
          hint={run ? undefined : t.stage.empty}
          words={words}
          style={{ maxHeight: stageHeightLimit(frameWidth, layout, 310, BACKEND_MIN_FONT) }}
        />
      }
      results={<ResultsPanel terminal={scene.terminal} words={{ format, language }} />}
      sideTop={<CalloutsList heading={text.calloutsHeading} empty={text.calloutsEmpty} callouts={callouts} />}
      sideBottom={
        <>
          <NoticeList heading={t.lessonPage.whatToNotice} intro={text.intro} items={text.whatToNotice} />
          <NodeNotes heading={text.nodeNotesHeading} notes={notesFor(notes, result?.nodeNotes ?? usualNotes)} />
        </>
      }
    />
  );
}
