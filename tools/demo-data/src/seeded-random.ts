/**
 * A small deterministic random source (mulberry32), so the demo dataset is the same row for row on
 * every machine. Never use it for anything secret.
 */
export class SeededRandom {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }

  /** Splits `total` (in integer units, e.g. cents) into `parts` positive integers that add up to it exactly. */
  split(total: number, parts: number, minPart = 1): number[] {
    if (parts * minPart > total) throw new Error(`cannot split ${total} into ${parts} parts of at least ${minPart}`);
    const weights = Array.from({ length: parts }, () => 0.5 + this.next());
    const weightSum = weights.reduce((a, b) => a + b, 0);
    const spare = total - parts * minPart;
    const shares = weights.map((w) => minPart + Math.floor((spare * w) / weightSum));
    let rest = total - shares.reduce((a, b) => a + b, 0);
    for (let i = 0; rest > 0; i = (i + 1) % parts, rest -= 1) shares[i] = (shares[i] ?? 0) + 1;
    return shares;
  }
}
