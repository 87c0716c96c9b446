/**
 * The crash lesson: child processes and the threads of one process beat side
 * by side; at the same moment one process and one thread fail for real. The
 * stage shows who keeps beating; the results give the real exit codes and
 * signals, the heartbeats after the failure, and the verdict.
 */
import { useCallback, useMemo } from 'react';
import { crashExperiment } from '../../../../shared/experiments.js';
import type { LabEvent } from '../../../../shared/protocol.js';
import { useI18n, useLocalized } from '../../i18n/index.js';
import { useCatalog } from '../../home/catalog.js';
import { EngineSwitch } from '../../lessonKit/EngineSwitch.js';
import { LessonPage, stageHeightLimit, useFormFollowsRun, useLessonFormState } from '../../lessonKit/LessonPage.js';
import { CalloutsList, NodeNotes, NoticeList } from '../../lessonKit/TextPanels.js';
import { useElementWidth } from '../../lessonKit/useElementWidth.js';
import { useLessonRun } from '../../lessonKit/useLessonRun.js';
import { useReadingHolds } from '../../lessonKit/useReadingHolds.js';
import { useScene } from '../../lessonKit/useScene.js';
import type { LessonProps } from '../registry.js';
import { crashCallouts } from './callouts.js';
import { CrashStage } from './CrashStage.js';
import { Explainer } from './Explainer.js';
import { crashCounts, layoutCrashStage, NARROW_STAGE, WIDE_STAGE } from './layout.js';
import { crashModelAt, crashWindow } from './model.js';
import { crashNotes, expectedNotes, notesFor } from './notes.js';
import { ResultsPanel } from './ResultsPanel.js';
import { text as lessonText } from './text.js';
import { parseCrashResult } from './verdict.js';
import './crash.css';

const spec = crashExperiment;
const noEvents: readonly LabEvent[] = [];
const defaults = { processes: spec.params.processes.default, threads: spec.params.threads.default, threadFault: spec.params.threadFault.default };

export default function CrashLesson({ lessonId }: LessonProps) {
  const { t, format, language } = useI18n();
  const text = useLocalized(lessonText);
  const notes = useLocalized(crashNotes);
  const form = useLessonFormState(spec);
  const run = useLessonRun(lessonId);
  useFormFollowsRun(spec, run, form.replace);
  const events = run?.events ?? noEvents;
  const { scene, index, sceneAt } = useScene(run?.id, run?.events);
  // Stable, so the timeline's ticks are not redrawn on every event.
  const phaseLabel = useCallback((name: string) => text.phases[name], [text]);
  const words = useMemo(() => ({ t, text, format, language }), [t, text, format, language]);
  const model = useMemo(() => crashModelAt(events, index), [events, index]);
  const timeWindow = useMemo(() => crashWindow(events), [events]);
  const callouts = useMemo(() => crashCallouts(scene, model, words), [scene, model, words]);
  // One event ahead: the notes the next event would show, so the clock can hold it back until the room has read these (useReadingHolds).
  const nextCallouts = useMemo(
    () => (index + 1 < events.length ? crashCallouts(sceneAt(index + 1), crashModelAt(events, index + 1), words) : undefined),
    [events, index, sceneAt, words],
  );
  useReadingHolds(index, callouts, nextCallouts);

  const [frameRef, frameWidth] = useElementWidth<HTMLDivElement>();
  const stageWidth = frameWidth > 0 && frameWidth < 560 ? NARROW_STAGE : WIDE_STAGE;
  const params = run?.info?.params ?? form.check.values ?? defaults;
  const counts = crashCounts(params, scene.actorOrder);
  const layout = useMemo(() => layoutCrashStage(counts, stageWidth), [counts.processes, counts.threads, counts.corruption, stageWidth]);
  const result = scene.terminal.state === 'finished' ? parseCrashResult(scene.terminal.result) : undefined;
  const noteIds = result?.nodeNotes ?? expectedNotes(params);
  const catalog = useCatalog();
  // The C program commits one fault on both sides (a NULL dereference): the fault choices do not apply to it.
  const nativeChosen = form.raw['engine'] === 'native';

  return (
    <LessonPage
      lessonId={lessonId}
      spec={spec}
      form={form}
      wording={{
        optionLabel: (_name, option) => text.options[option] ?? option,
        fieldNote: (name) => (name === 'threadFault' ? text.threadFaultNote : undefined),
        hidden: nativeChosen ? ['engine', 'processFault', 'threadFault'] : ['engine'],
      }}
      beforeParams={
        <EngineSwitch value={String(form.raw['engine'])} onChange={(engine) => form.onChange('engine', engine)} asking={catalog.loading} native={catalog.native} />
      }
      run={run}
      events={events}
      index={index}
      anomalies={scene.anomalies}
      frameRef={frameRef}
      phaseLabel={phaseLabel}
      stage={
        <CrashStage
          layout={layout}
          scene={scene}
          model={model}
          timeWindow={timeWindow}
          callouts={callouts}
          hint={run ? undefined : t.stage.empty}
          words={words}
          style={{ maxHeight: stageHeightLimit(frameWidth, layout) }}
        />
      }
      results={<ResultsPanel terminal={scene.terminal} words={words} />}
      sideTop={
        <>
          <CalloutsList heading={text.calloutsHeading} empty={text.calloutsEmpty} callouts={callouts} />
          <Explainer text={text} />
        </>
      }
      sideBottom={
        <>
          <NoticeList heading={t.lessonPage.whatToNotice} intro={text.intro} items={text.whatToNotice} />
          <NodeNotes heading={text.nodeNotesHeading} notes={notesFor(notes, noteIds)} />
        </>
      }
    />
  );
}
