/** Flat integer arrays that grow, and grouping in them, for building the index. */

/** A growable Int32Array. */
export class IntList {
  data: Int32Array;
  length = 0;
  constructor(capacity = 1024) {
    this.data = new Int32Array(capacity);
  }
  push(value: number): void {
    if (this.length === this.data.length) this.grow();
    this.data[this.length++] = value;
  }
  /** Makes room for `extra` more values at once (growing by halves reallocates less). */
  reserve(extra: number): void {
    if (this.length + extra <= this.data.length) return;
    const next = new Int32Array(Math.max(this.length + extra, Math.ceil(this.data.length * 1.5)));
    next.set(this.data.subarray(0, this.length));
    this.data = next;
  }
  grow(): void {
    this.data = doubled(this.data);
  }
}

/** A copy twice as long, the new half filled with `fill`. */
export function doubled(data: Int32Array, fill = 0): Int32Array<ArrayBuffer> {
  const next = new Int32Array(data.length * 2).fill(fill);
  next.set(data);
  return next;
}

/** Groups (key, value) pairs by key with a counting sort, keeping their order: starts[k] … starts[k + 1]. */
export function group(keys: IntList, values: IntList, keyCount: number): { starts: Int32Array; values: Int32Array } {
  const starts = new Int32Array(keyCount + 1);
  const n = keys.length;
  const k = keys.data;
  for (let i = 0; i < n; i++) starts[k[i]! + 1]!++;
  for (let i = 0; i < keyCount; i++) starts[i + 1]! += starts[i]!;
  const fill = starts.slice(0, keyCount);
  const out = new Int32Array(n);
  const v = values.data;
  for (let i = 0; i < n; i++) out[fill[k[i]!]!++] = v[i]!;
  return { starts, values: out };
}
