/**
 * The memory lesson: child processes each change their own copy of x; threads
 * of one process all change one shared x. Parameters come from the catalog
 * spec; the stage, playback, log and callouts come from the run's events.
 */
import { useMemo, useState } from 'react';
import { memoryExperiment } from '../../../../shared/experiments.js';
import { useCatalog } from '../../home/catalog.js';
import { LessonCompanion } from '../../classroom/learn/LessonCompanion.js';
import { ClassSoFar } from '../../handsOn/ClassSoFar.js';
import { RunPlacement } from '../../handsOn/RunPlacement.js';
import { useI18n, useLocalized } from '../../i18n/index.js';
import { lessonTitle } from '../../i18n/lessonTitle.js';
import { AnomalyList } from '../../lessonKit/AnomalyList.js';
import { EngineSwitch } from '../../lessonKit/EngineSwitch.js';
import { EventLog } from '../../lessonKit/EventLog.js';
import { ParamControls } from '../../lessonKit/ParamControls.js';
import { stageHeightLimit, useFormFollowsRun } from '../../lessonKit/LessonPage.js';
import { checkForm, initialRawValues, type RawValue, type RawValues } from '../../lessonKit/paramForm.js';
import { PlaybackControls } from '../../lessonKit/PlaybackControls.js';
import { RunControls } from '../../lessonKit/RunControls.js';
import { useLessonRun } from '../../lessonKit/useLessonRun.js';
import { useElementWidth } from '../../lessonKit/useElementWidth.js';
import { useReadingHolds } from '../../lessonKit/useReadingHolds.js';
import { useScene } from '../../lessonKit/useScene.js';
import type { LessonProps } from '../registry.js';
import { memoryCallouts } from './callouts.js';
import { layoutMemoryStage, NARROW_STAGE, WIDE_STAGE } from './layout.js';
import { MemoryStage } from './MemoryStage.js';
import { nativeFactsAt } from './nativeFacts.js';
import { ResultsPanel } from './ResultsPanel.js';
import { CalloutsPanel, NativeNote, NodeNote, WhatToNotice } from './SidePanels.js';
import { stageCounts } from './stageModel.js';
import { text as lessonText } from './text.js';
// The lesson kit's styles (parameter notes, verdict, tables) come with the lesson, not with its chart, which loads later.
import '../../lessonKit/lessonKit.css';

const spec = memoryExperiment;
const defaultValues = { processes: spec.params.processes.default, threads: spec.params.threads.default };

export default function MemoryLesson({ lessonId }: LessonProps) {
  const { t, format, language } = useI18n();
  const text = useLocalized(lessonText);
  const [raw, setRaw] = useState<RawValues>(() => initialRawValues(spec));
  const check = useMemo(() => checkForm(spec, raw), [raw]);

  const run = useLessonRun(lessonId);
  useFormFollowsRun(spec, run, setRaw);
  const events = run?.events;
  const { scene, index, sceneAt } = useScene(run?.id, events);
  const words = useMemo(() => ({ t, text, format }), [t, text, format]);
  const callouts = useMemo(() => memoryCallouts(scene, words), [scene, words]);
  // One event ahead: the notes the next event would show, so the clock can hold it back until the room has read these (useReadingHolds).
  const nextCallouts = useMemo(() => (index + 1 < (events?.length ?? 0) ? memoryCallouts(sceneAt(index + 1), words) : undefined), [events, index, sceneAt, words]);
  useReadingHolds(index, callouts, nextCallouts);

  // Before a run, the stage previews the slots the chosen parameters will fill.
  // Phones get a narrower drawing, so its text stays readable instead of shrinking.
  const [frameRef, frameWidth] = useElementWidth<HTMLDivElement>();
  const stageWidth = frameWidth > 0 && frameWidth < 560 ? NARROW_STAGE : WIDE_STAGE;
  const counts = stageCounts(run?.info?.params ?? check.values ?? defaultValues, scene);
  // The engine of the run on screen, or (before a run) of the form: the native one draws the C program as the parent.
  const native = (run?.info?.params ?? raw)['engine'] === 'native';
  const layout = useMemo(
    () => layoutMemoryStage(counts, stageWidth, native ? { parentActor: 'native', detailed: true } : {}),
    [counts.processes, counts.threads, stageWidth, native],
  );
  const catalog = useCatalog();
  const facts = useMemo(() => (native && events ? nativeFactsAt(events, index) : undefined), [native, events, index]);

  const onChange = (name: string, value: RawValue) => setRaw((previous) => ({ ...previous, [name]: value }));

  return (
    <article className="lesson" data-testid={`lesson-${lessonId}`} lang={language}>
      <header className="lesson-header">
        <h1>{lessonTitle(t, lessonId).title}</h1>
      </header>
      <div className="lesson-grid">
        <section className="panel run-panel" aria-label={t.run.formLabel}>
          <EngineSwitch value={String(raw['engine'])} onChange={(engine) => onChange('engine', engine)} asking={catalog.loading} native={catalog.native} />
          <ParamControls spec={spec} raw={raw} check={check} disabled={false} onChange={onChange} wording={{ hidden: ['engine'] }} />
          <RunControls experiment={spec.id} values={check.values} run={run} />
        </section>
        <div className="lesson-main">
          <div className="stage-frame" ref={frameRef}>
            <MemoryStage
              layout={layout}
              scene={scene}
              callouts={callouts}
              hint={run ? undefined : t.stage.empty}
              words={words}
              facts={facts}
              style={{ maxHeight: stageHeightLimit(frameWidth, layout) }}
            />
          </div>
          <AnomalyList anomalies={scene.anomalies} />
          <PlaybackControls events={events ?? []} />
          {run && <ResultsPanel terminal={scene.terminal} words={words} />}
          <RunPlacement run={run} />
          {run && <ClassSoFar lessonId={lessonId} />}
        </div>
        <aside className="lesson-side">
          <LessonCompanion lessonId={lessonId} />
          <CalloutsPanel callouts={callouts} text={text} />
          <EventLog events={events ?? []} index={index} />
          {native && <NativeNote text={text} />}
          <WhatToNotice text={text} heading={t.lessonPage.whatToNotice} native={native} />
          <NodeNote text={text} />
        </aside>
      </div>
    </article>
  );
}
