/**
 * Opening a run file, outside React: read it (size-checked), parse and check
 * every line (runFile.ts), then put the run on stage and open its lesson.
 * The parser is loaded on demand: most visits never open a file.
 */
import { navigate } from '../router/router.js';
import { isFollowing } from '../store/classroomSlice.js';
import { useLabStore } from '../store/labStore.js';
import type { ParsedRunFile, RunFileError } from './runFile.js';

export type ReadOutcome =
  | { kind: 'ready'; run: ParsedRunFile; experiment: string; fileName: string }
  | { kind: 'needsLesson'; run: ParsedRunFile; fileName: string }
  | { kind: 'error'; error: RunFileError; fileName: string };

export async function readRunFile(file: File): Promise<ReadOutcome> {
  const { MAX_RUN_FILE_BYTES, guessExperiment, parseRunFile } = await import('./runFile.js');
  const fileName = file.name;
  if (file.size > MAX_RUN_FILE_BYTES) return { kind: 'error', error: { kind: 'tooLarge', megabytes: MAX_RUN_FILE_BYTES / 1024 / 1024 }, fileName };
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { kind: 'error', error: { kind: 'unreadable' }, fileName };
  }
  const outcome = parseRunFile(text);
  if (!outcome.ok) return { kind: 'error', error: outcome.error, fileName };
  const experiment = guessExperiment(outcome.run, fileName);
  return experiment ? { kind: 'ready', run: outcome.run, experiment, fileName } : { kind: 'needsLesson', run: outcome.run, fileName };
}

/** Puts the file's run on stage (detaching from the room: this is exploring alone) and opens its lesson. */
export async function openRunFromFile(run: ParsedRunFile, experiment: string): Promise<void> {
  const { runInfoFromFile } = await import('./runFile.js');
  const state = useLabStore.getState();
  if (isFollowing(state)) state.exploreAlone();
  state.openOfflineRun(runInfoFromFile(run, experiment, Date.now()), run.events);
  navigate(`/lessons/${encodeURIComponent(experiment)}?run=${encodeURIComponent(run.runId)}`);
}

// The hidden file input lives in ReplayFile.tsx; buttons anywhere open it through this.
let pickFile: (() => void) | undefined;

export function registerFilePicker(open: (() => void) | undefined): void {
  pickFile = open;
}

export function openRunFilePicker(): void {
  pickFile?.();
}
