/**
 * Callers waiting for the next change of some state: wait() parks one, releaseAll() lets every
 * parked caller go at once, in the order they came; the next wait() parks anew.
 */
export class Waiters {
  private parked: (() => void)[] = [];

  wait(): Promise<void> {
    return new Promise<void>((resolve) => this.parked.push(resolve));
  }

  releaseAll(): void {
    const parked = this.parked;
    this.parked = [];
    for (const resolve of parked) resolve();
  }
}
