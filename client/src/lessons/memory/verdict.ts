/**
 * The memory lesson's one-line verdict, from a run's result: the parent's x
 * after its children changed their copies, and the one x the threads shared.
 * No React here: the home page loads this file eagerly.
 */
import { memoryResultSchema } from '../../../../shared/experiments.js';
import type { Language, Localized } from '../../i18n/dictionary.js';
import { formattersFor, type Formatters } from '../../i18n/format.js';

type Figures = { parent: string; shared: string; expected: string };
/** The counted phrases, each in the plural form its count takes in the language (Intl.PluralRules). */
type Counted = { childrenChanged: string; childrenRan: string; threadsChanged: string; threadsShared: string };
type Sentences = {
  counted(format: Formatters, children: number, threads: number): Counted;
  isolated(f: Figures, c: Counted): string;
  notIsolated(f: Figures, c: Counted): string;
  shared(f: Figures, c: Counted): string;
  lost(f: Figures, c: Counted): string;
};

const sentences: Localized<Sentences> = {
  en: {
    counted: (format, children, threads) => ({
      childrenChanged: format.count(children, { one: 'child process changed only its', other: 'child processes each changed only their' }),
      childrenRan: format.count(children, { one: 'child', other: 'children' }),
      threadsChanged: format.count(threads, { one: 'thread changed', other: 'threads changed' }),
      threadsShared: format.count(threads, { one: 'thread had', other: 'threads shared' }),
    }),
    isolated: (f, c) => `Here ${c.childrenChanged} own copy of x: the parent’s x stayed ${f.parent}`,
    notIsolated: (f, c) => `Here the parent’s x changed to ${f.parent} while ${c.childrenRan} ran: that is not isolation`,
    shared: (f, c) => `; ${c.threadsChanged} one shared x to ${f.shared} (of ${f.expected} expected).`,
    lost: (f, c) => `; ${c.threadsShared} one x but it reached only ${f.shared} of ${f.expected}: updates were lost.`,
  },
  'pt-BR': {
    counted: (format, children, threads) => ({
      childrenChanged: format.count(children, { one: 'processo filho mudou', other: 'processos filhos mudaram, cada um,' }),
      childrenRan: format.count(children, { one: 'filho rodava', other: 'filhos rodavam' }),
      threadsChanged: format.count(threads, { one: 'thread mudou', other: 'threads mudaram' }),
      threadsShared: format.count(threads, { one: 'thread tinha', other: 'threads compartilharam' }),
    }),
    isolated: (f, c) => `Aqui ${c.childrenChanged} só a sua cópia de x: o x do pai ficou em ${f.parent}`,
    notIsolated: (f, c) => `Aqui o x do pai mudou para ${f.parent} enquanto ${c.childrenRan}: isso não é isolamento`,
    shared: (f, c) => `; ${c.threadsChanged} um x compartilhado para ${f.shared} (de ${f.expected} esperados).`,
    lost: (f, c) => `; ${c.threadsShared} um x, mas ele chegou só a ${f.shared} de ${f.expected}: atualizações se perderam.`,
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
    shared: format.integer(sharedX),
    expected: format.integer(expectedSharedX),
  };
  const counted = words.counted(format, children.length, threads.length);
  return (
    (parentX === 0 ? words.isolated(figures, counted) : words.notIsolated(figures, counted)) +
    (sharedX === expectedSharedX ? words.shared(figures, counted) : words.lost(figures, counted))
  );
}
