/** Nice round scales and ticks for the stage's time axes. Pure. */

/** The next "nice" number (1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8 × a power of ten) at or above `value`. */
export function niceCeiling(value: number, steps: readonly number[] = [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10]): number {
  const power = 10 ** Math.floor(Math.log10(value));
  const step = steps.find((candidate) => candidate * power >= value) ?? 10;
  return step * power;
}

/** Evenly spaced tick values from 0 to `max`, about `count` of them. */
export function rulerTicks(max: number, count = 5): number[] {
  const step = niceCeiling(max / count, [1, 2, 2.5, 5, 10]);
  const ticks: number[] = [];
  for (let value = 0; value <= max + step / 1000; value += step) ticks.push(Math.round(value * 1000) / 1000);
  return ticks;
}

/** A log-scale domain of whole powers of ten around the values, e.g. [1, 1000] ms. */
export function logDomain(values: readonly number[]): [number, number] {
  const positive = values.filter((value) => value > 0 && Number.isFinite(value));
  if (positive.length === 0) return [1, 1000];
  const low = 10 ** Math.floor(Math.log10(Math.min(...positive)));
  const high = 10 ** Math.ceil(Math.log10(Math.max(...positive)));
  return [low, high === low ? high * 10 : high];
}

/** Ticks for a log axis: 1, 2, 5 × each power of ten inside the domain (only the powers over more than 3 decades). */
export function logTicks([low, high]: readonly [number, number]): number[] {
  const ticks: number[] = [];
  const steps = Math.log10(high / low) > 3 ? [1] : [1, 2, 5];
  for (let power = low; power <= high * 1.0001; power *= 10) {
    for (const step of steps) {
      const value = Number((power * step).toPrecision(6));
      if (value >= low && value <= high * 1.0001) ticks.push(value);
    }
  }
  return ticks;
}

/** Only the powers of ten of a log domain: for narrow charts, where 2 and 5 would run into their neighbours. */
export function decadeTicks(domain: readonly [number, number]): number[] {
  return logTicks(domain).filter((tick) => {
    const exponent = Math.log10(tick);
    return Math.abs(exponent - Math.round(exponent)) < 1e-9;
  });
}
