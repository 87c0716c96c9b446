/**
 * Numbers formatted for the reader's language (Intl): 12.345 in English is
 * 12,345 in Portuguese. Formatters are cached per language because creating
 * an Intl.NumberFormat is slow and the stage formats on every frame.
 */
import type { Language } from './dictionary.js';

export type Formatters = {
  /** A count or value: grouping on ("1,000" / "1.000"). */
  integer(value: number): string;
  /** An OS id (PID, TID): no grouping, as the OS prints it. */
  osId(value: number): string;
  /** Real event time: nanoseconds shown as milliseconds with 3 decimals. */
  milliseconds(nanoseconds: number): string;
  /** Any number with up to `digits` decimals. */
  decimal(value: number, digits?: number): string;
  /**
   * The plural form for `value` by the language's own rules (Intl.PluralRules),
   * never a hand-written `n === 1 ?`: pt-BR puts 0 (and 1.5) in the "one" form
   * where English puts them in "other".
   */
  pluralForm(value: number, forms: PluralForms): string;
  /** `value` as an integer followed by its plural form: "1 thread", "0 threads" / "0 thread", "2 threads". */
  count(value: number, forms: PluralForms): string;
};

/** The word's forms: English and Portuguese need only these two of CLDR's categories. */
export type PluralForms = { one: string; other: string };

const cache = new Map<Language, Formatters>();

export function formattersFor(language: Language): Formatters {
  const cached = cache.get(language);
  if (cached) return cached;
  const integer = new Intl.NumberFormat(language, { maximumFractionDigits: 0 });
  const osId = new Intl.NumberFormat(language, { useGrouping: false, maximumFractionDigits: 0 });
  const milliseconds = new Intl.NumberFormat(language, { minimumFractionDigits: 3, maximumFractionDigits: 3 });
  const decimals = new Map<number, Intl.NumberFormat>();
  const plurals = new Intl.PluralRules(language);
  const pluralForm = (value: number, forms: PluralForms) => (plurals.select(value) === 'one' ? forms.one : forms.other);
  const formatters: Formatters = {
    pluralForm,
    count: (value, forms) => `${integer.format(value)} ${pluralForm(value, forms)}`,
    integer: (value) => integer.format(value),
    osId: (value) => osId.format(value),
    milliseconds: (nanoseconds) => milliseconds.format(nanoseconds / 1_000_000),
    decimal(value, digits = 2) {
      let format = decimals.get(digits);
      if (!format) {
        format = new Intl.NumberFormat(language, { maximumFractionDigits: digits });
        decimals.set(digits, format);
      }
      return format.format(value);
    },
  };
  cache.set(language, formatters);
  return formatters;
}
