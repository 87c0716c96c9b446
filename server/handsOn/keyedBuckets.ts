/**
 * Token buckets by key (an address, a student): a burst, then one token per
 * `refillMs`. Bounded: past `maxKeys` the key used longest ago is forgotten
 * (a Map iterates in insertion order, and every use re-inserts its key).
 */
export type KeyedBucketOptions = { burst: number; refillMs: number; maxKeys: number; now: () => number };

export function createKeyedBuckets(options: KeyedBucketOptions) {
  const buckets = new Map<string, { tokens: number; at: number }>();

  /** The key's bucket, refilled up to now and marked as just used. */
  function current(key: string): { tokens: number; at: number } {
    const time = options.now();
    const bucket = buckets.get(key) ?? { tokens: options.burst, at: time };
    bucket.tokens = Math.min(options.burst, bucket.tokens + (time - bucket.at) / options.refillMs);
    bucket.at = time;
    buckets.delete(key);
    buckets.set(key, bucket);
    if (buckets.size > options.maxKeys) buckets.delete(buckets.keys().next().value as string);
    return bucket;
  }

  return {
    /** Tokens the key has now (fractional). */
    tokens: (key: string): number => current(key).tokens,
    /** Spends one token whatever is left (the caller checked). */
    spend(key: string): void {
      current(key).tokens -= 1;
    },
    /** Spends one token if the key has one. */
    take(key: string): boolean {
      const bucket = current(key);
      if (bucket.tokens < 1) return false;
      bucket.tokens -= 1;
      return true;
    },
  };
}
