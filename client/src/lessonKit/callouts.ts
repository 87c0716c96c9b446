/**
 * The shape of a lesson's plain-language callouts, and how they are ordered
 * and picked for the stage. Pure.
 */

export type LessonCallout<Section extends string = string> = {
  id: string;
  /** Which part of the stage it explains; the stage shows the latest of each. */
  section: Section;
  text: string;
  /** Real time (ns) of what it explains; callouts are listed in this order. */
  at: number;
  /** Marks a warning-like callout (a failure, lost data), drawn with a stronger border. */
  tone?: 'alarm' | 'ok';
};

/** Callouts in time order; equal times keep the order they were made in. */
export function sortByTime<T extends LessonCallout>(callouts: readonly T[]): T[] {
  return callouts
    .map((callout, order) => ({ callout, order }))
    .sort((a, b) => a.callout.at - b.callout.at || a.order - b.order)
    .map(({ callout }) => callout);
}

/** The latest callout of a section (callouts must be in time order). */
export function latestCallout<T extends LessonCallout>(callouts: readonly T[], section: T['section']): T | undefined {
  return callouts.filter((callout) => callout.section === section).at(-1);
}
