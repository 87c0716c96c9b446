/**
 * Replaying a run file with no server: the (hidden) file input, dropping a
 * file anywhere on the page, and what happened in words — the first bad
 * line of a broken file, or which lesson to use when the file does not say.
 */
import { useEffect, useRef, useState } from 'react';
import { experimentIds } from '../../../shared/experiments.js';
import { Icon } from '../app/Icon.js';
import { useI18n, useLocalized } from '../i18n/index.js';
import { lessonTitle } from '../i18n/lessonTitle.js';
import { openRunFromFile, readRunFile, registerFilePicker, type ReadOutcome } from './replayFile.js';
import type { RunFileError } from './runFile.js';
import { classroomText, type ClassroomText } from './text.js';

function describeError(error: RunFileError, text: ClassroomText['replay']['errors'], integer: (value: number) => string): string {
  switch (error.kind) {
    case 'empty':
      return text.empty;
    case 'tooLarge':
      return text.tooLarge({ megabytes: integer(error.megabytes) });
    case 'notJson':
      return text.notJson({ line: integer(error.line) });
    case 'notEvent':
      return text.notEvent({ line: integer(error.line), detail: error.detail });
    case 'otherRun':
      return text.otherRun({ line: integer(error.line), run: error.run, first: error.first });
    case 'outOfOrder':
      return text.outOfOrder({ line: integer(error.line), seq: integer(error.seq), expected: integer(error.expected) });
    case 'afterEnd':
      return text.afterEnd({ line: integer(error.line) });
    case 'unreadable':
      return text.unreadable;
  }
}

type Shown = ReadOutcome | { kind: 'reading'; fileName: string } | { kind: 'opened'; fileName: string; count: number } | undefined;

export function ReplayFile() {
  const { t, format } = useI18n();
  const text = useLocalized(classroomText).replay;
  const input = useRef<HTMLInputElement>(null);
  const [shown, setShown] = useState<Shown>(undefined);
  const [dragging, setDragging] = useState(false);
  const [lesson, setLesson] = useState(experimentIds[0] ?? 'memory');

  async function open(file: File): Promise<void> {
    setShown({ kind: 'reading', fileName: file.name });
    const outcome = await readRunFile(file);
    if (outcome.kind === 'ready') {
      await openRunFromFile(outcome.run, outcome.experiment);
      setShown({ kind: 'opened', fileName: outcome.fileName, count: outcome.run.events.length });
    } else setShown(outcome);
  }

  useEffect(() => {
    registerFilePicker(() => input.current?.click());
    // Dropping a file anywhere opens it; the page never navigates to the file instead.
    const hasFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;
    const onOver = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      setDragging(true);
    };
    const onLeave = (event: DragEvent) => {
      if (event.relatedTarget === null) setDragging(false);
    };
    const onDrop = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      setDragging(false);
      const file = event.dataTransfer?.files[0];
      if (file) void open(file);
    };
    window.addEventListener('dragover', onOver);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('drop', onDrop);
    return () => {
      registerFilePicker(undefined);
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('drop', onDrop);
    };
  }, []);

  return (
    <>
      <input
        ref={input}
        type="file"
        accept=".ndjson,.jsonl,application/x-ndjson,text/plain"
        className="visually-hidden"
        tabIndex={-1}
        aria-hidden="true"
        data-testid="run-file-input"
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          event.currentTarget.value = '';
          if (file) void open(file);
        }}
      />
      {dragging && (
        <div className="drop-zone" aria-hidden="true">
          <p>{text.dropHere}</p>
        </div>
      )}
      <div className="replay-messages" aria-live="polite" data-testid="replay-status" data-state={shown?.kind ?? 'none'}>
        {shown?.kind === 'reading' && <p className="panel replay-note">{text.reading}</p>}
        {shown?.kind === 'opened' && (
          <p className="panel replay-note">
            <Icon name="check" /> {text.loaded({ count: format.integer(shown.count), name: shown.fileName })}{' '}
            <button type="button" className="link-button" onClick={() => setShown(undefined)}>
              {t.errors.dismiss}
            </button>
          </p>
        )}
        {shown?.kind === 'error' && (
          <div className="panel replay-error" role="alert" data-testid="replay-error">
            <p>
              <Icon name="warning" /> <strong>{text.errorTitle({ name: shown.fileName })}:</strong> {describeError(shown.error, text.errors, format.integer)}
            </p>
            <button type="button" onClick={() => setShown(undefined)}>
              {t.errors.dismiss}
            </button>
          </div>
        )}
        {shown?.kind === 'needsLesson' && (
          <form
            className="panel replay-pick"
            onSubmit={(event) => {
              event.preventDefault();
              void openRunFromFile(shown.run, lesson).then(() => setShown({ kind: 'opened', fileName: shown.fileName, count: shown.run.events.length }));
            }}
          >
            <label>
              {text.pickLesson}{' '}
              <select value={lesson} onChange={(event) => setLesson(event.target.value)} data-testid="replay-lesson">
                {experimentIds.map((id) => (
                  <option key={id} value={id}>
                    {lessonTitle(t, id).title}
                  </option>
                ))}
              </select>
            </label>{' '}
            <button type="submit" className="primary">
              {text.open}
            </button>{' '}
            <button type="button" onClick={() => setShown(undefined)}>
              {text.cancel}
            </button>
          </form>
        )}
      </div>
    </>
  );
}
