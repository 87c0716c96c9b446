/**
 * The race lesson. Measure mode: threads of one process race on one shared
 * counter, round after round, plain vs Atomics.add vs a lock; then the same
 * increments in separate processes. Step mode: the person schedules two real
 * threads by hand (buttons or keys 1 and 2) and can lose an update on purpose.
 */
import { useCallback, useMemo } from 'react';
import { raceExperiment } from '../../../../shared/experiments.js';
import type { LabEvent } from '../../../../shared/protocol.js';
import { useI18n, useLocalized } from '../../i18n/index.js';
import { LessonPage, stageHeightLimit, useFormFollowsRun, useLessonFormState } from '../../lessonKit/LessonPage.js';
import { CalloutsList, NodeNotes, NoticeList } from '../../lessonKit/TextPanels.js';
import { useElementWidth } from '../../lessonKit/useElementWidth.js';
import { useFollowLive } from '../../lessonKit/useFollowLive.js';
import { useLessonRun } from '../../lessonKit/useLessonRun.js';
import { useReadingHolds } from '../../lessonKit/useReadingHolds.js';
import { useScene } from '../../lessonKit/useScene.js';
import { isRunLive } from '../../store/playbackSlice.js';
import type { LessonProps } from '../registry.js';
import { measureCallouts, stepCallouts } from './callouts.js';
import { layoutMeasureStage, NARROW_STAGE, WIDE_STAGE } from './measureLayout.js';
import { expectedPerRound, measureModelAt } from './measureModel.js';
import { MeasureStage } from './MeasureStage.js';
import { notesFor, raceNotes } from './notes.js';
import { ResultsPanel } from './ResultsPanel.js';
import { resultsText } from './resultsText.js';
import { StepControls } from './StepControls.js';
import { layoutStepStage } from './stepLayout.js';
import { STEP_INCREMENTS_MAX, stepModelAt } from './stepModel.js';
import { StepStage } from './StepStage.js';
import { text as lessonText } from './text.js';
import { parseRaceResult } from './verdict.js';
import './race.css';

const spec = raceExperiment;
const noEvents: readonly LabEvent[] = [];

export default function RaceLesson({ lessonId }: LessonProps) {
  const { t, format, language } = useI18n();
  const text = useLocalized(lessonText);
  const results = useLocalized(resultsText);
  const notes = useLocalized(raceNotes);
  const form = useLessonFormState(spec);
  const run = useLessonRun(lessonId);
  useFormFollowsRun(spec, run, form.replace);
  const events = run?.events ?? noEvents;
  const { scene, index, sceneAt } = useScene(run?.id, run?.events);
  // Stable, so the timeline's ticks are not redrawn on every event.
  const phaseLabel = useCallback((name: string) => text.phases[name], [text]);
  const words = useMemo(() => ({ t, text, results, format, language }), [t, text, results, format, language]);

  const params = run?.info?.params ?? form.check.values;
  const mode = (run ? run.info?.params['mode'] : form.raw['mode']) === 'step' ? 'step' : 'measure';
  const live = run !== undefined && isRunLive(run);
  // Step mode: the person acts, so each step must show at once, not after the slow-motion queue.
  useFollowLive(events.length, mode === 'step' && live);

  const [frameRef, frameWidth] = useElementWidth<HTMLDivElement>();
  const stageWidth = frameWidth > 0 && frameWidth < 560 ? NARROW_STAGE : WIDE_STAGE;
  const threads = typeof params?.['threads'] === 'number' ? params['threads'] : spec.params.threads.default;
  const repeats = typeof params?.['repeats'] === 'number' ? params['repeats'] : spec.params.repeats.default;
  const expected = expectedPerRound(params);

  const measureModel = useMemo(() => measureModelAt(events, index), [events, index]);
  const stepModel = useMemo(() => stepModelAt(events, index), [events, index]);
  const measureLayout = useMemo(() => layoutMeasureStage({ threads, repeats }, stageWidth), [threads, repeats, stageWidth]);
  const stepLayout = useMemo(() => layoutStepStage(stageWidth), [stageWidth]);
  const callouts = useMemo(
    () => (mode === 'step' ? stepCallouts(scene, stepModel, words) : measureCallouts(scene, measureModel, expected, words)),
    [mode, scene, stepModel, measureModel, expected, words],
  );
  // One event ahead: the notes the next event would show, so the clock can hold it back until the room has read these (useReadingHolds).
  // Step mode is paced by the student's clicks: nothing to hold there.
  const nextCallouts = useMemo(
    () =>
      mode !== 'step' && index + 1 < events.length
        ? measureCallouts(sceneAt(index + 1), measureModelAt(events, index + 1), expected, words)
        : undefined,
    [mode, events, index, sceneAt, expected, words],
  );
  useReadingHolds(index, callouts, nextCallouts);
  const result = scene.terminal.state === 'finished' ? parseRaceResult(scene.terminal.result) : undefined;
  const noteIds = result?.nodeNotes ?? (mode === 'step' ? ['sab-only-shared'] : ['sab-only-shared', 'plain-int32-race']);
  const hint = run ? undefined : t.stage.empty;

  const stage =
    mode === 'step' ? (
      <StepStage layout={stepLayout} scene={scene} model={stepModel} callouts={callouts} hint={hint} words={words} style={{ maxHeight: stageHeightLimit(frameWidth, stepLayout) }} />
    ) : (
      <MeasureStage
        layout={measureLayout}
        scene={scene}
        model={measureModel}
        expected={expected}
        callouts={callouts}
        hint={hint}
        words={words}
        style={{ maxHeight: stageHeightLimit(frameWidth, measureLayout) }}
      />
    );

  return (
    <LessonPage
      lessonId={lessonId}
      spec={spec}
      form={form}
      wording={{
        optionLabel: (_name, option) => text.options[option] ?? option,
        hidden: form.raw['mode'] === 'step' ? ['threads', 'repeats'] : [],
        fieldNote: (name) =>
          name === 'mode' && form.raw['mode'] === 'step'
            ? text.modeNote
            : name === 'increments' && form.raw['mode'] === 'step'
              ? text.stepIncrementsNote({ max: format.integer(STEP_INCREMENTS_MAX) })
              : undefined,
      }}
      run={run}
      events={events}
      index={index}
      anomalies={scene.anomalies}
      frameRef={frameRef}
      phaseLabel={phaseLabel}
      stage={stage}
      underStage={mode === 'step' ? <StepControls runId={run?.id} live={live} events={events} words={words} /> : undefined}
      results={<ResultsPanel terminal={scene.terminal} words={words} />}
      sideTop={<CalloutsList heading={results.calloutsHeading} empty={results.calloutsEmpty} callouts={callouts} />}
      sideBottom={
        <>
          <NoticeList heading={t.lessonPage.whatToNotice} intro={text.intro} items={text.whatToNotice} />
          <NodeNotes heading={results.nodeNotesHeading} notes={notesFor(notes, noteIds)} />
        </>
      }
    />
  );
}
