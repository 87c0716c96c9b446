/**
 * The page frame the creation, parallelism and communication lessons share
 * (the same arrangement as the memory lesson): parameters and Run at the top
 * of the side column, the stage and playback in the main column with the
 * results under them, then the guided path's companion, callouts, event log,
 * what to notice and the Node notes at the side. Each lesson passes its own stage, results and text.
 */
import { useMemo, useState, type ReactNode, type RefObject } from 'react';
import type { ExperimentSpec } from '../../../shared/experiments.js';
import type { LabEvent } from '../../../shared/protocol.js';
import { LessonCompanion } from '../classroom/learn/LessonCompanion.js';
import { useI18n } from '../i18n/index.js';
import { lessonTitle } from '../i18n/lessonTitle.js';
import { AnomalyList } from '../lessonKit/AnomalyList.js';
import { EventLog } from '../lessonKit/EventLog.js';
import { ParamControls } from '../lessonKit/ParamControls.js';
import { checkForm, initialRawValues, type FormCheck, type RawValue, type RawValues } from '../lessonKit/paramForm.js';
import { PlaybackControls } from '../lessonKit/PlaybackControls.js';
import { RunControls } from '../lessonKit/RunControls.js';
import type { RunEntry } from '../store/runsSlice.js';
import './lessonParts.css';

export type LessonForm = { raw: RawValues; check: FormCheck; onChange(name: string, value: RawValue): void };

/** The parameter form's state, generated from the catalog spec. */
export function useLessonForm(spec: ExperimentSpec): LessonForm {
  const [raw, setRaw] = useState<RawValues>(() => initialRawValues(spec));
  const check = useMemo(() => checkForm(spec, raw), [spec, raw]);
  const onChange = (name: string, value: RawValue) => setRaw((previous) => ({ ...previous, [name]: value }));
  return { raw, check, onChange };
}

type LessonShellProps = {
  lessonId: string;
  spec: ExperimentSpec;
  form: LessonForm;
  run: RunEntry | undefined;
  events: readonly LabEvent[];
  index: number;
  anomalies: readonly string[];
  /** The stage frame's element, to measure its width. */
  frameRef: RefObject<HTMLDivElement | null>;
  stage: ReactNode;
  /** Verdict and charts, under the playback controls. */
  results: ReactNode;
  /** Panels above the event log (callouts). */
  sideTop: ReactNode;
  /** Panels below the event log (what to notice, Node notes). */
  sideBottom: ReactNode;
};

export function LessonShell(props: LessonShellProps) {
  const { lessonId, spec, form, run, events, index, anomalies, frameRef, stage, results, sideTop, sideBottom } = props;
  const { t, language } = useI18n();
  return (
    <article className="lesson" data-testid={`lesson-${lessonId}`} lang={language}>
      <header className="lesson-header">
        <h1>{lessonTitle(t, lessonId).title}</h1>
      </header>
      <div className="lesson-grid">
        <section className="panel run-panel" aria-label={t.run.formLabel}>
          <ParamControls spec={spec} raw={form.raw} check={form.check} disabled={false} onChange={form.onChange} />
          <RunControls experiment={spec.id} values={form.check.values} run={run} />
        </section>
        <div className="lesson-main">
          <div className="stage-frame" ref={frameRef}>
            {stage}
          </div>
          <AnomalyList anomalies={anomalies} />
          <PlaybackControls events={events} />
          {run && results}
        </div>
        <aside className="lesson-side">
          {/* The guided path's prediction, quiz and next step (renders nothing for a lesson without them). */}
          <LessonCompanion lessonId={lessonId} />
          {sideTop}
          <EventLog events={events} index={index} />
          {sideBottom}
        </aside>
      </div>
    </article>
  );
}

/**
 * On a short screen the drawing may shrink (keeping its proportions) so the
 * playback controls stay in view below it, but never below 80% of its
 * full-width size: a big run scrolls rather than becoming unreadable.
 */
export function stageMaxHeight(frameWidth: number, layout: { width: number; height: number }): string | undefined {
  if (frameWidth < 700) return undefined;
  const fullHeight = (frameWidth * layout.height) / layout.width;
  return `max(calc(100vh - 310px), ${Math.round(fullHeight * 0.8)}px)`;
}
