/**
 * Numbers pairs of small integers (a, b) densely: 0, 1, 2... An open-addressing hash table on typed
 * arrays, because a Map keyed by a * 2^21 + b stores every key as a heap number and, at millions of
 * phrases, spends more time hashing and collecting them than counting.
 */
export class PairTable {
  private keysA: Int32Array;
  private keysB: Int32Array;
  private ids: Int32Array;
  private mask: number;
  private firsts: number[] = [];
  private seconds: number[] = [];

  constructor(
    private readonly max = Infinity,
    capacity = 1024,
  ) {
    this.keysA = new Int32Array(capacity);
    this.keysB = new Int32Array(capacity);
    this.ids = new Int32Array(capacity).fill(-1);
    this.mask = capacity - 1;
  }

  get size(): number {
    return this.firsts.length;
  }

  first(id: number): number {
    return this.firsts[id]!;
  }

  second(id: number): number {
    return this.seconds[id]!;
  }

  /** The pair's id, numbering it if new; -1 when new and the table is full. */
  id(a: number, b: number): number {
    let slot = this.slotOf(a, b);
    const found = this.ids[slot]!;
    if (found >= 0) return found;
    if (this.firsts.length >= this.max) return -1;
    if ((this.firsts.length + 1) * 2 > this.ids.length) {
      this.grow();
      slot = this.slotOf(a, b);
    }
    const id = this.firsts.length;
    this.firsts.push(a);
    this.seconds.push(b);
    this.keysA[slot] = a;
    this.keysB[slot] = b;
    this.ids[slot] = id;
    return id;
  }

  private slotOf(a: number, b: number): number {
    let h = (Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x7f4a7c15, 0x85ebca77)) >>> 0;
    h ^= h >>> 15;
    let slot = h & this.mask;
    for (;;) {
      const id = this.ids[slot]!;
      if (id < 0 || (this.keysA[slot] === a && this.keysB[slot] === b)) return slot;
      slot = (slot + 1) & this.mask;
    }
  }

  private grow(): void {
    const capacity = this.ids.length * 2;
    this.keysA = new Int32Array(capacity);
    this.keysB = new Int32Array(capacity);
    this.ids = new Int32Array(capacity).fill(-1);
    this.mask = capacity - 1;
    for (let id = 0; id < this.firsts.length; id++) {
      const slot = this.slotOf(this.firsts[id]!, this.seconds[id]!);
      this.keysA[slot] = this.firsts[id]!;
      this.keysB[slot] = this.seconds[id]!;
      this.ids[slot] = id;
    }
  }
}
