/**
 * Big counts in words people read aloud: 1,847,044 → "1.8 million" (en),
 * "1,8 milhão" (pt-BR). Exact figures stay in tables and tooltips; sentences
 * and chart labels use these. Pure; Intl does the language rules.
 */
import type { Language } from '../i18n/dictionary.js';

const compact = new Map<Language, Intl.NumberFormat>();
const plain = new Map<Language, Intl.NumberFormat>();

function formatter(cache: Map<Language, Intl.NumberFormat>, language: Language, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  let format = cache.get(language);
  if (!format) {
    format = new Intl.NumberFormat(language, options);
    cache.set(language, format);
  }
  return format;
}

/** Counts below ten thousand exactly ("9,999"), above in words with two significant digits ("1.8 million"). */
export function countInWords(value: number, language: Language): string {
  if (Math.abs(value) < 10_000) return formatter(plain, language, { maximumFractionDigits: 0 }).format(value);
  return formatter(compact, language, { notation: 'compact', compactDisplay: 'long', maximumSignificantDigits: 2 }).format(value);
}

const shortCompact = new Map<Language, Intl.NumberFormat>();

/** For tight spaces such as chart labels: "1.8M" (en), "1,8 mi" (pt-BR); below ten thousand exactly. */
export function countShort(value: number, language: Language): string {
  if (Math.abs(value) < 10_000) return formatter(plain, language, { maximumFractionDigits: 0 }).format(value);
  return formatter(shortCompact, language, { notation: 'compact', compactDisplay: 'short', maximumSignificantDigits: 2 }).format(value);
}
