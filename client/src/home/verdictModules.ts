/**
 * Every lesson's verdict function, found by file name: a lesson folder with
 * a verdict.ts (exporting `verdictSentence`) lights up its row's verdict by
 * itself. Loaded eagerly: they are small and have no React or chart code.
 */
import type { VerdictFunction } from './rowVerdicts.js';

type VerdictModule = { verdictSentence?: VerdictFunction };

const modules = import.meta.glob<VerdictModule>('../lessons/*/verdict.ts', { eager: true });

function idOf(path: string): string {
  return path.split('/')[2] ?? path;
}

export const verdictFunctions: ReadonlyMap<string, VerdictFunction> = new Map(
  Object.entries(modules).flatMap(([path, module]) => (module.verdictSentence ? [[idOf(path), module.verdictSentence] as const] : [])),
);
