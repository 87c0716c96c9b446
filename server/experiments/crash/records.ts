/**
 * A block of records with checksums: [value, checksum] pairs in an Int32Array.
 * An actor that checks them on every heartbeat notices when someone
 * scribbled over them. In a thread the block lives in a SharedArrayBuffer,
 * so a sibling's scribble shows up; in a process it is that process's own.
 */
const checksumOf = (value: number): number => (Math.imul(value, 2654435761) ^ 0x5bd1e995) | 0;

export function fillRecords(records: Int32Array): void {
  for (let index = 0; index < records.length / 2; index += 1) {
    const value = index * 7 + 1;
    Atomics.store(records, index * 2, value);
    Atomics.store(records, index * 2 + 1, checksumOf(value));
  }
}

/** How many records no longer match their checksum. */
export function corruptRecords(records: Int32Array): number {
  let corrupt = 0;
  for (let index = 0; index < records.length / 2; index += 1) {
    if (checksumOf(Atomics.load(records, index * 2)) !== Atomics.load(records, index * 2 + 1)) corrupt += 1;
  }
  return corrupt;
}

/** What a buggy writer does: values overwritten, checksums left as they were. */
export function scribble(records: Int32Array): void {
  for (let index = 0; index < records.length / 2; index += 2) Atomics.store(records, index * 2, -0x21524111 ^ index);
}
