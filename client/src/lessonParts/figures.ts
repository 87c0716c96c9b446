/**
 * Measured figures as people read them: times in ms or µs with as many
 * decimals as their size needs, memory in MB, ratios as "4.1×". Pure and
 * language-aware (Intl through the app's formatters), so a verdict sentence
 * and a chart label print the same number the same way.
 */
import type { Formatters } from '../i18n/format.js';

/** Decimals that keep about `significant` digits: 0.0123 → 4, 1.23 → 2, 123 → 0. */
export function decimalsFor(value: number, significant = 3): number {
  if (!Number.isFinite(value) || value === 0) return 0;
  const magnitude = Math.floor(Math.log10(Math.abs(value)));
  return Math.max(0, Math.min(6, significant - 1 - magnitude));
}

/** A number with about three significant digits, e.g. 159.6 → "160", 1.234 → "1.23". */
export function significant(format: Formatters, value: number, digits = 3): string {
  return format.decimal(value, decimalsFor(value, digits));
}

/** Microseconds shown as milliseconds: 159552 µs → "160" (ms), 1480 µs → "1.48". */
export function msFromUs(format: Formatters, us: number): string {
  return significant(format, us / 1000);
}

/** Microseconds, three significant digits: 19.09 → "19.1", 0.35 → "0.35". */
export function us(format: Formatters, value: number): string {
  return significant(format, value);
}

/** Kilobytes shown as megabytes (MiB, as /proc counts pages), one decimal: 7471 kB → "7.3". */
export function mbFromKb(format: Formatters, kb: number): string {
  return format.decimal(kb / 1024, Math.abs(kb) < 1024 ? 2 : 1);
}

/** A ratio: 1.76 → "1.8", 12.4 → "12". Used as "…×". */
export function times(format: Formatters, ratio: number): string {
  // Below 0.1 one decimal would say 0× (a 0.04× speedup is not none): two significant digits there.
  if (ratio > 0 && ratio < 0.1) return format.decimal(ratio, Math.max(2, 1 - Math.floor(Math.log10(ratio))));
  return format.decimal(ratio, ratio >= 10 ? 0 : 1);
}
