/**
 * Numbers pairs of small integers (a, b) densely: 0, 1, 2... An open-addressing hash table on typed
 * arrays, because a Map keyed by a * 2^21 + b stores every key as a heap number and, at millions of
 * phrases, spends more time hashing and collecting them than counting.
 */
export class PairTable {
  /** Slots of three numbers (a, b, id; id -1 when empty), side by side: one cache line a probe. */
  private slots: Int32Array;
  private mask: number;
  private firsts: number[] = [];
  private seconds: number[] = [];

  constructor(
    private readonly max = Infinity,
    capacity = 1024,
  ) {
    this.slots = PairTable.empty(capacity);
    this.mask = capacity - 1;
  }

  private static empty(capacity: number): Int32Array {
    const slots = new Int32Array(capacity * 3);
    for (let i = 2; i < slots.length; i += 3) slots[i] = -1;
    return slots;
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
    const found = this.slots[slot + 2]!;
    if (found >= 0) return found;
    if (this.firsts.length >= this.max) return -1;
    if ((this.firsts.length + 1) * 2 > this.mask + 1) {
      this.grow();
      slot = this.slotOf(a, b);
    }
    const id = this.firsts.length;
    this.firsts.push(a);
    this.seconds.push(b);
    this.put(slot, a, b, id);
    return id;
  }

  /** The offset of the pair's slot, or of the empty slot where it belongs. */
  private slotOf(a: number, b: number): number {
    let h = (Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x7f4a7c15, 0x85ebca77)) >>> 0;
    h ^= h >>> 15;
    let i = h & this.mask;
    const s = this.slots;
    for (;;) {
      const at = i * 3;
      if (s[at + 2]! < 0 || (s[at] === a && s[at + 1] === b)) return at;
      i = (i + 1) & this.mask;
    }
  }

  private put(at: number, a: number, b: number, id: number): void {
    this.slots[at] = a;
    this.slots[at + 1] = b;
    this.slots[at + 2] = id;
  }

  private grow(): void {
    const capacity = (this.mask + 1) * 2;
    this.slots = PairTable.empty(capacity);
    this.mask = capacity - 1;
    for (let id = 0; id < this.firsts.length; id++) this.put(this.slotOf(this.firsts[id]!, this.seconds[id]!), this.firsts[id]!, this.seconds[id]!, id);
  }
}
