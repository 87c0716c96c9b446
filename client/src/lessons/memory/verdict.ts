/**
 * The memory lesson's one-line verdict, from a run's result: the parent's x
 * after its children changed their copies, and the one x the threads shared.
 * No React here: the home page loads this file eagerly.
 */
import { memoryResultSchema } from '../../../../shared/experiments.js';
import type { Language, Localized } from '../../i18n/dictionary.js';
import { formattersFor } from '../../i18n/format.js';

type Figures = { parent: string; children: string; shared: string; threads: string; expected: string };
type Sentences = { isolated(f: Figures): string; notIsolated(f: Figures): string; shared(f: Figures): string; lost(f: Figures): string };

const sentences: Localized<Sentences> = {
  en: {
    isolated: (f) => `Here ${f.children} child processes each changed only their own copy of x: the parent’s x stayed ${f.parent}`,
    notIsolated: (f) => `Here the parent’s x changed to ${f.parent} while ${f.children} children ran: that is not isolation`,
    shared: (f) => `; ${f.threads} threads changed one shared x to ${f.shared} (of ${f.expected} expected).`,
    lost: (f) => `; ${f.threads} threads shared one x but it reached only ${f.shared} of ${f.expected}: updates were lost.`,
  },
  'pt-BR': {
    isolated: (f) => `Aqui ${f.children} processos filhos mudaram, cada um, só a sua cópia de x: o x do pai ficou em ${f.parent}`,
    notIsolated: (f) => `Aqui o x do pai mudou para ${f.parent} enquanto ${f.children} filhos rodavam: isso não é isolamento`,
    shared: (f) => `; ${f.threads} threads mudaram um x compartilhado para ${f.shared} (de ${f.expected} esperados).`,
    lost: (f) => `; ${f.threads} threads compartilharam um x, mas ele chegou só a ${f.shared} de ${f.expected}: atualizações se perderam.`,
  },
};

export function verdictSentence(result: unknown, language: Language): string | undefined {
  const parsed = memoryResultSchema.safeParse(result);
  if (!parsed.success) return undefined;
  const { parentX, children, sharedX, expectedSharedX, threads } = parsed.data;
  const format = formattersFor(language);
  const words = sentences[language];
  const figures: Figures = {
    parent: format.decimal(parentX, 3),
    children: format.integer(children.length),
    shared: format.integer(sharedX),
    threads: format.integer(threads.length),
    expected: format.integer(expectedSharedX),
  };
  return (parentX === 0 ? words.isolated(figures) : words.notIsolated(figures)) + (sharedX === expectedSharedX ? words.shared(figures) : words.lost(figures));
}
