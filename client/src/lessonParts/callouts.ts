/** A plain-language callout computed from the scene, shared shape for the lessons in this folder's users. */
export type LessonCallout<Section extends string = string> = {
  id: string;
  /** Which stage section it explains; the stage shows the latest of each. */
  section: Section;
  text: string;
  /** Real time (ns) of what it explains; callouts are listed in this order. */
  at: number;
};

/** Callouts in time order (stable for equal times). */
export function byTime<T extends LessonCallout>(callouts: readonly T[]): T[] {
  return [...callouts].sort((a, b) => a.at - b.at);
}

/** The latest callout of a section, for the stage (the side panel lists them all). Expects time order. */
export function latestOf<T extends LessonCallout>(callouts: readonly T[], section: T['section']): T | undefined {
  return callouts.filter((callout) => callout.section === section).at(-1);
}
