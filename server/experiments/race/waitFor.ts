/**
 * Waits, without blocking the event loop, until an Int32 slot of shared
 * memory reaches a value (the main thread relays its workers' messages, so
 * it must not sit in Atomics.wait).
 */
export async function waitForAtLeast(shared: Int32Array, slot: number, target: number): Promise<void> {
  for (;;) {
    const seen = Atomics.load(shared, slot);
    if (seen >= target) return;
    await Atomics.waitAsync(shared, slot, seen, 1000).value;
  }
}
