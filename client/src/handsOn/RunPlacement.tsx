/**
 * One line under a lesson's results saying where its run was measured
 * ("Measured alone on core 0 · load 0.42 at start") and, in a hands-on
 * class, who ran it. Renders nothing for a run without a placement.
 */
import { useLocalized } from '../i18n/index.js';
import { useLabStore } from '../store/labStore.js';
import type { RunEntry } from '../store/runsSlice.js';
import { handsOnText } from './text.js';
import { placementSentence } from './wording.js';
import './handsOn.css';

/** "run by Ana" / "run by the presenter", or undefined when nobody is named (local mode). */
export function useOwnerWords(run: RunEntry | undefined): string | undefined {
  const text = useLocalized(handsOnText).run;
  const owner = run?.info?.owner;
  if (!owner) return undefined;
  if (owner.presenter) return text.byPresenter;
  return owner.name ? text.byName({ name: owner.name }) : text.byStudent;
}

export function RunPlacement({ run }: { run: RunEntry | undefined }) {
  const language = useLabStore((state) => state.language);
  const text = useLocalized(handsOnText).placement;
  const owner = useOwnerWords(run);
  const placement = run?.info?.placement;
  if (!placement && !owner) return null;
  return (
    <p className="run-placement" aria-label={text.label} data-testid="run-placement">
      {placement && <span>{placementSentence(placement, language)}</span>}
      {placement && owner && ' · '}
      {owner && <span data-testid="run-owner">{owner}</span>}
    </p>
  );
}
