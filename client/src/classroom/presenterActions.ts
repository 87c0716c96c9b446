/**
 * What the presenter's keys and buttons do, outside React so the keyboard
 * handler and the buttons share one definition: run again, full screen,
 * speed, switch lesson, presenter view on/off, and which overlay is open.
 */
import { useSyncExternalStore } from 'react';
import { experiments, findExperiment, type ParamValues } from '../../../shared/experiments.js';
import { isEndedStatus } from '../../../shared/protocol.js';
import { playbackSpeeds } from '../clock/presentationClock.js';
import { navigate } from '../router/router.js';
import { useLabStore } from '../store/labStore.js';
import { lessonAtKey } from './lessonKeys.js';
import { rememberIntent } from './pageIntent.js';

/** Lessons in catalog order: the number keys 1, 2, … go to these (lessonKeys.ts). */
export const catalogLessons: readonly string[] = experiments.map((experiment) => experiment.id);

/** Keeps the parameters that have a parameter's type (a run's info holds unknown values). */
function paramValues(params: Readonly<Record<string, unknown>>): ParamValues {
  const values: ParamValues = {};
  for (const [name, value] of Object.entries(params)) {
    if (typeof value === 'number' || typeof value === 'string') values[name] = value;
    else if (Array.isArray(value) && value.every((item): item is string => typeof item === 'string')) values[name] = value;
  }
  return values;
}

/**
 * Starts the lesson again with the parameters of the run on stage (or the
 * defaults). False when this page may not, or a run of the lesson is still going.
 */
export function runAgain(lessonId: string): boolean {
  const state = useLabStore.getState();
  if (!state.connection.canControl || state.connection.status.state !== 'open' || !findExperiment(lessonId)) return false;
  if (state.pendingStart) return false;
  const entry = state.watchedRun ? state.runs[state.watchedRun] : undefined;
  const sameLesson = entry?.info?.experiment === lessonId;
  if (sameLesson && entry.info && !isEndedStatus(entry.info.status)) return false;
  state.startRun(lessonId, sameLesson && entry.info ? paramValues(entry.info.params) : {});
  return true;
}

/** One step along the offered speeds (+1 faster, -1 slower). */
export function changeSpeed(direction: 1 | -1): void {
  const { clock } = useLabStore.getState();
  const position = playbackSpeeds.indexOf(clock.getState().speed);
  const next = playbackSpeeds[Math.max(0, Math.min(playbackSpeeds.length - 1, position + direction))];
  if (next !== undefined) clock.setSpeed(next);
}

export function goToLesson(number: number): void {
  const id = lessonAtKey(String(number), catalogLessons);
  if (id) navigate(`/lessons/${id}`);
}

export function toggleFullscreen(): void {
  // Refused without a user gesture or in some kiosks; the view works without it.
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
  else void document.documentElement.requestFullscreen?.().catch(() => undefined);
}

export function setPresenting(presenting: boolean): void {
  useLabStore.getState().setPresenting(presenting);
  rememberIntent({ present: presenting });
  if (!presenting && document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
  // Keys go to the page, not to the button that was just pressed (Space would press it again).
  document.getElementById('main')?.focus({ preventScroll: true });
}

// ---------------------------------------------------------------- overlays

export type Overlay = 'help' | 'join' | undefined;
let overlay: Overlay;
const overlayListeners = new Set<() => void>();

export function openOverlay(next: Overlay): void {
  overlay = next;
  for (const listener of [...overlayListeners]) listener();
}

export function toggleOverlay(next: Exclude<Overlay, undefined>): void {
  openOverlay(overlay === next ? undefined : next);
}

export function currentOverlay(): Overlay {
  return overlay;
}

export function useOverlay(): Overlay {
  return useSyncExternalStore(
    (listener) => {
      overlayListeners.add(listener);
      return () => overlayListeners.delete(listener);
    },
    () => overlay,
  );
}
