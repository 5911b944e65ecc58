/**
 * Counts pairs of small integers (a, b) page by page, numbering them densely (0, 1, 2...): for
 * each pair, Σ over pages of (1 + ln tf) and the number of pages it is on.
 *
 * Why this layout: a big site has hundreds of thousands of phrases, so these tables do not fit in
 * a core's cache and a lookup costs a trip to memory. A pair's key, id and count on the current
 * page share one 16-byte slot of an open-addressing table (one cache line for the lookup and the
 * count), and its sums share 16 bytes of another array (one more when the page ends). Kept in
 * separate arrays (a Map, or a table plus counters), each occurrence would cost four or five trips,
 * and the phrase counting would be most of the relevance thread's time.
 */
export class PairCounts {
  /** Slots of four int32 (a, b, id or -1 when empty, count on the current page). */
  private slots: Int32Array;
  private mask: number;
  /** id → offset of its slot. */
  private slotOf: Int32Array = new Int32Array(1024);
  /** id → Σ (1 + ln tf), pages: side by side. */
  private sums: Float64Array = new Float64Array(2048);
  /** Offsets of the slots counted on the current page. */
  private touched: number[] = [];
  private count_ = 0;

  constructor(
    private readonly max = Infinity,
    capacity = 1024,
  ) {
    this.slots = PairCounts.empty(capacity);
    this.mask = capacity - 1;
  }

  private static empty(capacity: number): Int32Array {
    const slots = new Int32Array(capacity * 4);
    for (let i = 2; i < slots.length; i += 4) slots[i] = -1;
    return slots;
  }

  /** Pairs numbered so far. */
  get size(): number {
    return this.count_;
  }

  first(id: number): number {
    return this.slots[this.slotOf[id]!]!;
  }

  second(id: number): number {
    return this.slots[this.slotOf[id]! + 1]!;
  }

  /** Σ over pages of (1 + ln of the pair's count on the page). */
  tf(id: number): number {
    return this.sums[id * 2]!;
  }

  /** Pages the pair is on. */
  df(id: number): number {
    return this.sums[id * 2 + 1]!;
  }

  /** Counts one occurrence on the current page; returns the pair's id, or -1 when it is new and the table is full. */
  add(a: number, b: number): number {
    let at = this.find(a, b);
    const s = this.slots;
    let id = s[at + 2]!;
    if (id < 0) {
      if (this.count_ >= this.max) return -1;
      if ((this.count_ + 1) * 2 > this.mask + 1) {
        this.grow();
        at = this.find(a, b);
      }
      id = this.count_++;
      if (id >= this.slotOf.length) this.growIds();
      const t = this.slots;
      t[at] = a;
      t[at + 1] = b;
      t[at + 2] = id;
      this.slotOf[id] = at;
    }
    const t = this.slots;
    if (t[at + 3]!++ === 0) this.touched.push(at);
    return id;
  }

  /** Folds the current page's counts into the sums. */
  endPage(): void {
    const s = this.slots;
    const sums = this.sums;
    for (const at of this.touched) {
      const id = s[at + 2]!;
      sums[id * 2]! += 1 + Math.log(s[at + 3]!);
      sums[id * 2 + 1]! += 1;
      s[at + 3] = 0;
    }
    this.touched.length = 0;
  }

  /** The offset of the pair's slot, or of the empty slot where it belongs. */
  private find(a: number, b: number): number {
    let h = (Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x7f4a7c15, 0x85ebca77)) >>> 0;
    h ^= h >>> 15;
    let i = h & this.mask;
    const s = this.slots;
    for (;;) {
      const at = i * 4;
      if (s[at + 2]! < 0 || (s[at] === a && s[at + 1] === b)) return at;
      i = (i + 1) & this.mask;
    }
  }

  private grow(): void {
    const old = this.slots;
    const capacity = (this.mask + 1) * 2;
    this.slots = PairCounts.empty(capacity);
    this.mask = capacity - 1;
    for (let id = 0; id < this.count_; id++) {
      const from = this.slotOf[id]!;
      const to = this.find(old[from]!, old[from + 1]!);
      this.slots.set(old.subarray(from, from + 4), to);
      this.slotOf[id] = to;
    }
    // The page's counts moved with their slots.
    for (let i = 0; i < this.touched.length; i++) this.touched[i] = this.slotOf[old[this.touched[i]! + 2]!]!;
  }

  private growIds(): void {
    const size = Math.min(this.slotOf.length * 2, Math.max(this.max, this.slotOf.length + 1));
    const slotOf = new Int32Array(size);
    slotOf.set(this.slotOf);
    const sums = new Float64Array(size * 2);
    sums.set(this.sums);
    [this.slotOf, this.sums] = [slotOf, sums];
  }
}
