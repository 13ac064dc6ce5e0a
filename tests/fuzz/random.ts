/** A small seeded generator (mulberry32): the same seed gives the same inputs, so a failure can be replayed. */
export class Random {
  private state: number;

  constructor(readonly seed: number) {
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

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(choices: readonly T[]): T {
    const choice = choices[Math.floor(this.next() * choices.length)];
    if (choice === undefined) throw new Error("pick() from an empty list");
    return choice;
  }

  string(length: number, alphabet = "abcdefghijklmnopqrstuvwxyz ÄéЖ中😀-_.,@#"): string {
    const characters = [...alphabet];
    return Array.from({ length }, () => this.pick(characters)).join("");
  }

  uuid(): string {
    const hex = Array.from({ length: 32 }, () => this.int(0, 15).toString(16));
    hex[12] = "4";
    hex[16] = this.pick(["8", "9", "a", "b"]);
    const text = hex.join("");
    return `${text.slice(0, 8)}-${text.slice(8, 12)}-${text.slice(12, 16)}-${text.slice(16, 20)}-${text.slice(20)}`;
  }
}

/** CI replays one seed; a local run tries a new one each time (FUZZ_SEED repeats a given one). */
export function chooseSeed(): number {
  const given = process.env.FUZZ_SEED;
  if (given) return Number.parseInt(given, 10);
  if (process.env.CI === "true") return 20_261_205;
  return Math.floor(Math.random() * 2 ** 31);
}
