/** A growable column of numbers; `data` is read in place (its first `length` values). */
export class Column<A extends Int32Array | Float64Array | Uint8Array = Int32Array> {
  length = 0;

  constructor(
    private readonly make: (size: number) => A = (size) => new Int32Array(size) as A,
    public data: A = make(1024),
  ) {}

  push(v: number): void {
    if (this.length === this.data.length) {
      const grown = this.make(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = v;
  }
}

/** Small integers standing for strings that recur (ids, types, names), each string kept once. */
export class Strings {
  readonly list: string[] = [];
  private readonly index = new Map<string, number>();

  of(s: string): number {
    let i = this.index.get(s);
    if (i === undefined) this.index.set(s, (i = this.list.push(s) - 1));
    return i;
  }
}
