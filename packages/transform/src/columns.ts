/** A growable column of numbers; `data` is read in place (its first `length` values). */
export class Column<A extends Int32Array | Float64Array | Uint8Array = Int32Array> {
  length = 0;

  constructor(
    private readonly make: (size: number) => A = (size) => new Int32Array(size) as A,
    public data: A = make(1024),
  ) {}

  push(v: number): void {
    if (this.length === this.data.length) {
      // By half again, not double: the largest columns hold hundreds of MB, and while one
      // grows the old and the new array are both alive.
      const grown = this.make(Math.ceil(this.data.length * 1.5));
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = v;
  }

  /** Lets go of the room kept for growth, once every value is in. */
  trim(): void {
    if (this.data.length > this.length) this.data = this.data.slice(0, this.length) as A;
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

/**
 * Ids, most of them 16 hex digits (stableId), kept as two 32-bit halves: as strings, millions
 * of them cost about 40 bytes each. Any other id is kept as it is.
 */
export class HexIds {
  private readonly high = new Column();
  private readonly low = new Column();
  private readonly other = new Map<number, string>();

  get length(): number {
    return this.high.length;
  }

  push(id: string): void {
    const hex = /^[0-9a-f]{16}$/.test(id);
    if (!hex) this.other.set(this.length, id);
    this.high.push(hex ? parseInt(id.slice(0, 8), 16) | 0 : 0);
    this.low.push(hex ? parseInt(id.slice(8), 16) | 0 : 0);
  }

  trim(): void {
    this.high.trim();
    this.low.trim();
  }

  at(i: number): string {
    return (this.other.size > 0 && this.other.get(i)) || hex8(this.high.data[i]!) + hex8(this.low.data[i]!);
  }
}

// Hex digits by byte: five times faster than toString(16), which takes a slow path for the
// halves of 2^31 and above (they are not small integers); ids are written by the million.
const HEX_BYTES = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, '0'));

function hex8(x: number): string {
  return HEX_BYTES[x >>> 24]! + HEX_BYTES[(x >>> 16) & 255]! + HEX_BYTES[(x >>> 8) & 255]! + HEX_BYTES[x & 255]!;
}
