/** A lesson's title and summary from the dictionary; unknown ids show the id (a new lesson before its text). */
import type { Dictionary } from './dictionary.js';

export function lessonTitle(t: Dictionary, id: string): { title: string; summary: string } {
  return Object.hasOwn(t.lessons, id) ? t.lessons[id as keyof Dictionary['lessons']] : { title: id, summary: '' };
}
