/**
 * "You are the scheduler": the buttons (and keys 1 and 2) that let a person
 * step each thread or finish, sent to the live run as run.input; the recipe
 * that loses an update, ticked off as it is followed; and the schedule taken
 * so far. A step is sent only when the process can take it, and the buttons
 * wait until it shows in the events.
 */
import { useEffect, useMemo, useState } from 'react';
import type { LabEvent } from '../../../../shared/protocol.js';
import { useKeyShortcuts } from '../../lessonKit/useKeyShortcuts.js';
import { useLabStore } from '../../store/labStore.js';
import type { RaceWords } from './callouts.js';
import { availability, losingRecipe, PENDING_TIMEOUT_MS, recipeProgress, settled, threadStatuses, type PendingInput } from './stepInput.js';
import { isLostWrite, stepModelAt, stepsTaken, stepThreads, type StepThread } from './stepModel.js';

type StepControlsProps = {
  /** The run on stage, if it is a step run. */
  runId: string | undefined;
  live: boolean;
  events: readonly LabEvent[];
  words: RaceWords;
};

export function StepControls({ runId, live, events, words }: StepControlsProps) {
  const { text } = words;
  // The presenter (or a local user) drives any run; a hands-on student drives the runs they started.
  const canControl = useLabStore((state) => state.connection.canControl || (runId !== undefined && state.handsOn.ownRuns[runId] === true));
  const sendRunInput = useLabStore((state) => state.sendRunInput);
  const [pending, setPending] = useState<PendingInput | undefined>();
  const [notSent, setNotSent] = useState(false);
  // The whole log, not the playhead: what the process has really done decides what it can do next.
  const model = useMemo(() => stepModelAt(events, events.length - 1), [events]);
  const threads = useMemo(() => threadStatuses(events), [events]);

  useEffect(() => {
    if (pending && settled(pending, model, threads, live, Date.now())) setPending(undefined);
  }, [pending, model, threads, live]);
  useEffect(() => {
    if (!pending) return undefined;
    const timer = setTimeout(() => setPending(undefined), PENDING_TIMEOUT_MS);
    return () => clearTimeout(timer);
  }, [pending]);

  const { canStep, canFinish } = availability(live && canControl && runId !== undefined, threads, pending);

  function send(input: StepThread | 'finish'): boolean {
    if (!runId || (input === 'finish' ? !canFinish : !canStep[input])) return false;
    const sent = sendRunInput(runId, input === 'finish' ? 'finish' : `step:${input}`);
    setNotSent(!sent);
    if (sent) setPending({ input, stepsBefore: input === 'finish' ? 0 : stepsTaken(model, input), sentAt: Date.now() });
    return true;
  }
  useKeyShortcuts({ '1': () => send('thread-1'), '2': () => send('thread-2') }, runId !== undefined && live);

  const status = !canControl
    ? text.controls.viewOnly
    : notSent
      ? text.controls.notSent
      : !runId
        ? text.controls.pressRun
        : live && !(threads['thread-1'].started && threads['thread-2'].started)
          ? text.controls.waitingThreads
          : pending
            ? text.controls.sending
            : text.controls.keys;
  const followed = recipeProgress(model);
  const stepName = (kind: 'read' | 'add' | 'write') => text.stage.steps[kind];

  return (
    <section className="panel step-controls" aria-labelledby="step-controls-heading" data-testid="step-controls">
      <h2 id="step-controls-heading">{text.controls.heading}</h2>
      <div className="step-buttons">
        {stepThreads.map((thread) => {
          const n = thread.slice(-1);
          return (
            <button key={thread} type="button" className="primary step-button" data-testid={`step-${thread}`} disabled={!canStep[thread]} onClick={() => send(thread)}>
              <span className="step-button-title">
                {text.controls.step({ n })} <kbd>{n}</kbd>
              </span>
              <span className="step-button-next">
                {threads[thread].finished ? text.controls.threadDone : text.controls.nextStep({ step: stepName(model.next[thread]) })}
              </span>
            </button>
          );
        })}
        <button type="button" className="step-button" data-testid="step-finish" disabled={!canFinish} onClick={() => send('finish')} title={text.controls.finishHint}>
          <span className="step-button-title">{text.controls.finish}</span>
          <span className="step-button-next">{text.controls.finishShort}</span>
        </button>
      </div>
      <p className="step-status" aria-live="polite" data-testid="step-status">
        {status}
      </p>
      <div className="step-rows">
        <div>
          <h3>{text.controls.recipe}</h3>
          <ol className="step-chips" data-testid="step-recipe" data-followed={followed}>
            {losingRecipe.map((step, index) => (
              <li key={index} className={index < followed ? 'chip chip-done' : 'chip'}>
                {text.controls.recipeSteps[index] ?? `${step.thread.slice(-1)} ${step.kind}`}
              </li>
            ))}
          </ol>
        </div>
        <div>
          <h3>{text.controls.history}</h3>
          <ol className="step-chips" data-testid="step-history">
            {model.steps.length === 0 && <li className="chip chip-empty">{text.controls.historyEmpty}</li>}
            {model.steps.map((step) => (
              <li key={step.seq} className={isLostWrite(step) ? 'chip chip-lost' : 'chip'}>
                {`${step.thread.slice(-1)} ${stepName(step.kind)}`}
              </li>
            ))}
          </ol>
        </div>
      </div>
    </section>
  );
}
