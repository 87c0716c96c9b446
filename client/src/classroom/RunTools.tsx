/**
 * The run on stage, to keep or share: its permalink (/runs/<id> opens the
 * right lesson and replays it), its event log as NDJSON (which "Open a run
 * file" replays with no server), and a Perfetto trace for ui.perfetto.dev.
 * A run opened from a file is exported from this browser's copy instead.
 */
import { useEffect, useMemo, useState } from 'react';
import type { LabEvent } from '../../../shared/protocol.js';
import { useLocalized } from '../i18n/index.js';
import { useLabStore } from '../store/labStore.js';
import { openRunFilePicker } from './replayFile.js';
import { classroomText } from './text.js';

function saveBlob(content: string, type: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.click();
  // The download has started by the next tick; the URL is not needed after.
  window.setTimeout(() => URL.revokeObjectURL(url), 0);
}

async function saveTraceOf(events: readonly LabEvent[], runId: string): Promise<void> {
  const { toTraceEvents } = await import('../../../shared/traceExport.js');
  saveBlob(JSON.stringify(toTraceEvents(events)), 'application/json', `run-${runId}.trace.json`);
}

function CopyLink({ href }: { href: string }) {
  const text = useLocalized(classroomText).runTools;
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => setState('idle'), [href]);
  const absolute = `${window.location.origin}${href}`;
  return (
    <>
      <button
        type="button"
        data-testid="run-copy-link"
        onClick={() => {
          // The clipboard API exists only on secure pages (not http://<LAN IP>): then show the link to copy by hand.
          if (!navigator.clipboard) return setState('failed');
          navigator.clipboard.writeText(absolute).then(
            () => setState('copied'),
            () => setState('failed'),
          );
        }}
      >
        {text.permalink}
      </button>
      <span aria-live="polite" className="run-tools-feedback">
        {state === 'copied' && text.copied}
        {state === 'failed' && (
          <>
            {text.copyFailed} <input readOnly value={absolute} size={Math.min(60, absolute.length)} onFocus={(event) => event.currentTarget.select()} />
          </>
        )}
      </span>
    </>
  );
}

export function RunTools({ lessonId }: { lessonId: string }) {
  const text = useLocalized(classroomText).runTools;
  const watched = useLabStore((state) => state.watchedRun);
  const entry = useLabStore((state) => (watched ? state.runs[watched] : undefined));
  const offline = useLabStore((state) => (watched ? state.classroom.offlineRuns[watched] === true : false));
  const run = entry?.info?.experiment === lessonId ? entry : undefined;
  const fileName = run ? `${lessonId}-${run.id}.ndjson` : '';
  const permalink = run ? `/runs/${encodeURIComponent(run.id)}` : '';
  const events = run?.events;
  // Only a run held in this browser alone needs its log turned into a file here.
  const offlineNdjson = useMemo(() => (offline && events ? events.map((event) => `${JSON.stringify(event)}\n`).join('') : undefined), [offline, events]);

  return (
    <section className="panel run-tools" aria-label={text.label} data-testid="run-tools">
      <h2 className="run-tools-heading">{text.label}</h2>
      {run && (
        <>
          {!offline && (
            <>
              <a href={permalink} className="mono run-permalink" data-testid="run-permalink">
                {permalink}
              </a>
              <CopyLink href={permalink} />
            </>
          )}
          {offline ? (
            <button type="button" onClick={() => offlineNdjson && saveBlob(offlineNdjson, 'application/x-ndjson', fileName)} data-testid="run-download-ndjson">
              {text.ndjson}
            </button>
          ) : (
            <a className="button-link" href={`/api/runs/${encodeURIComponent(run.id)}/events`} download={fileName} data-testid="run-download-ndjson">
              {text.ndjson}
            </a>
          )}
          {offline ? (
            <button type="button" onClick={() => void saveTraceOf(run.events, run.id)} data-testid="run-download-trace">
              {text.trace}
            </button>
          ) : (
            <a className="button-link" href={`/api/runs/${encodeURIComponent(run.id)}/trace`} download={`run-${run.id}.trace.json`} data-testid="run-download-trace">
              {text.trace}
            </a>
          )}
        </>
      )}
      <button type="button" onClick={openRunFilePicker} data-testid="open-run-file">
        {text.openFile}
      </button>
      {run && <p className="note run-tools-hint">{text.traceHint}</p>}
    </section>
  );
}

/** On the home page: replaying a file needs no lesson open and no server. */
export function ReplayPanel() {
  const text = useLocalized(classroomText).runTools;
  return (
    <section className="panel replay-panel" aria-labelledby="replay-heading" data-testid="replay-panel">
      <h2 id="replay-heading">{text.replayHeading}</h2>
      <p>{text.replayLead}</p>
      <button type="button" onClick={openRunFilePicker} data-testid="home-open-run-file">
        {text.openFile}
      </button>
    </section>
  );
}
