/**
 * The frame of a lesson page, in the memory lesson's arrangement: parameters
 * and Run at the top of the side column; the stage, anything the lesson puts
 * under it (e.g. the race lesson's step buttons), playback and results in the
 * main column; callouts, the event log and the notes at the side.
 */
import { useEffect, useMemo, useState, type ReactNode, type RefObject } from 'react';
import type { ExperimentSpec } from '../../../shared/experiments.js';
import type { LabEvent } from '../../../shared/protocol.js';
import { useI18n } from '../i18n/index.js';
import { lessonTitle } from '../i18n/lessonTitle.js';
import type { RunEntry } from '../store/runsSlice.js';
import { LessonCompanion } from '../classroom/learn/LessonCompanion.js';
import { ClassSoFar } from '../handsOn/ClassSoFar.js';
import { RunPlacement } from '../handsOn/RunPlacement.js';
import { AnomalyList } from './AnomalyList.js';
import { EventLog } from './EventLog.js';
import { ParamControls, type ParamWording } from './ParamControls.js';
import { checkForm, initialRawValues, rawValuesFrom, type FormCheck, type RawValue, type RawValues } from './paramForm.js';
import { PlaybackControls } from './PlaybackControls.js';
import { RunControls } from './RunControls.js';
import './lessonKit.css';

export type LessonFormState = { raw: RawValues; check: FormCheck; onChange(name: string, value: RawValue): void; replace(raw: RawValues): void };

/** The parameter form's state, generated from the catalog spec. */
export function useLessonFormState(spec: ExperimentSpec): LessonFormState {
  const [raw, setRaw] = useState<RawValues>(() => initialRawValues(spec));
  const check = useMemo(() => checkForm(spec, raw), [spec, raw]);
  const onChange = (name: string, value: RawValue) => setRaw((previous) => ({ ...previous, [name]: value }));
  return { raw, check, onChange, replace: setRaw };
}

/**
 * When another run comes on stage (a link, the presenter's run, a replay),
 * the form takes its parameters: the engine switch and the fields then say
 * what made the run shown, not what the form held before (a native run was
 * shown under a switch that said Node.js). Edits after that are kept until
 * the next run.
 */
export function useFormFollowsRun(spec: ExperimentSpec, run: RunEntry | undefined, replace: (raw: RawValues) => void): void {
  const params = run?.info?.params;
  const runId = params ? run?.id : undefined;
  useEffect(() => {
    if (runId && params) replace(rawValuesFrom(spec, params));
    // Only a new run replaces the form; the same run's later updates do not undo a person's edits.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [runId]);
}

type LessonPageProps = {
  lessonId: string;
  spec: ExperimentSpec;
  form: LessonFormState;
  wording?: ParamWording;
  /** Above the parameters: a choice that changes which parameters apply (e.g. the engine switch). */
  beforeParams?: ReactNode;
  run: RunEntry | undefined;
  events: readonly LabEvent[];
  index: number;
  anomalies: readonly string[];
  /** The stage frame's element, to measure its width. */
  frameRef: RefObject<HTMLDivElement | null>;
  stage: ReactNode;
  /** Between the stage and the playback controls (interactive controls of the run). */
  underStage?: ReactNode;
  /** Verdict, figures and charts; shown once there is a run. */
  results: ReactNode;
  /** Side panels above the event log (callouts). */
  sideTop: ReactNode;
  /** Side panels below the event log (what to notice, Node notes). */
  sideBottom: ReactNode;
  /** The lesson's own names for its phases on the timeline. */
  phaseLabel?: (name: string) => string | undefined;
};

export function LessonPage(props: LessonPageProps) {
  const { lessonId, spec, form, wording, beforeParams, run, events, index, anomalies, frameRef, stage, underStage, results, sideTop, sideBottom, phaseLabel } = props;
  const { t, language } = useI18n();
  return (
    <article className="lesson" data-testid={`lesson-${lessonId}`} lang={language}>
      <header className="lesson-header">
        <h1>{lessonTitle(t, lessonId).title}</h1>
      </header>
      <div className="lesson-grid">
        <section className="panel run-panel" aria-label={t.run.formLabel}>
          {beforeParams}
          <ParamControls spec={spec} raw={form.raw} check={form.check} disabled={false} onChange={form.onChange} {...(wording ? { wording } : {})} />
          <RunControls experiment={spec.id} values={form.check.values} run={run} />
        </section>
        <div className="lesson-main">
          <div className="stage-frame" ref={frameRef}>
            {stage}
          </div>
          {underStage}
          <AnomalyList anomalies={anomalies} />
          <PlaybackControls events={events} phaseLabel={phaseLabel} />
          {run && results}
          <RunPlacement run={run} />
          {run && <ClassSoFar lessonId={lessonId} />}
        </div>
        <aside className="lesson-side">
          <LessonCompanion lessonId={lessonId} />
          {sideTop}
          <EventLog events={events} index={index} />
          {sideBottom}
        </aside>
      </div>
    </article>
  );
}

/** Stage text is never drawn smaller than this on a wide screen (a projector at 1280×720). */
export const MIN_STAGE_TEXT_PX = 12;
/** The smallest font size (SVG units) any stage uses. */
export const SMALLEST_STAGE_FONT = 14;

/**
 * On a short screen the drawing may shrink (keeping its proportions) so the
 * playback controls stay in view below it, but never below 80% of its
 * full-width size, nor so far that its smallest text (`smallestFont` units)
 * would be drawn below 12 px: then the page scrolls rather than the stage
 * becoming unreadable. `reserve` is the height (px) kept free for what sits
 * under the stage.
 */
export function stageHeightLimit(frameWidth: number, layout: { width: number; height: number }, reserve = 310, smallestFont = SMALLEST_STAGE_FONT): string | undefined {
  if (frameWidth < 700) return undefined;
  const fullHeight = (frameWidth * layout.height) / layout.width;
  const readableHeight = (layout.height * MIN_STAGE_TEXT_PX) / smallestFont;
  return `max(calc(100vh - ${reserve}px), ${Math.ceil(Math.max(fullHeight * 0.8, readableHeight))}px)`;
}
