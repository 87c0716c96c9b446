/**
 * The lesson registry: every folder src/lessons/<id>/ with an index.tsx is a
 * lesson. Adding a lesson is adding that folder; the home page and the
 * comparison table light it up by themselves. Lessons load lazily, so the
 * first page stays small.
 */
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

export type LessonProps = { lessonId: string };
type LessonModule = { default: ComponentType<LessonProps> };

const lessonModules = import.meta.glob<LessonModule>('./*/index.tsx');

function idOf(path: string): string {
  return path.split('/')[1] ?? path;
}

const lessonLoaders = new Map(Object.entries(lessonModules).map(([path, load]) => [idOf(path), load]));

/** Ids of the lessons that exist, e.g. ["memory"]. */
export const lessonIds: readonly string[] = [...lessonLoaders.keys()].sort();

export function hasLesson(id: string): boolean {
  return lessonLoaders.has(id);
}

const lazyLessons = new Map<string, LazyExoticComponent<ComponentType<LessonProps>>>();

/** The lesson's page component (loaded on first use), or undefined if there is no such lesson. */
export function lessonComponent(id: string): LazyExoticComponent<ComponentType<LessonProps>> | undefined {
  const load = lessonLoaders.get(id);
  if (!load) return undefined;
  let component = lazyLessons.get(id);
  if (!component) {
    component = lazy(load);
    lazyLessons.set(id, component);
  }
  return component;
}
