import { memoByCells, memoByReference } from "../../src/core/memo";

function counting<T>(compute: (range: unknown) => T) {
  const calls: unknown[] = [];
  const memo = memoByCells((range) => {
    calls.push(range);
    return compute(range);
  }, 2);
  return { memo, calls };
}

describe("memoByCells", () => {
  it("computes once for ranges with the same cells, even as fresh arrays", () => {
    const { memo, calls } = counting((range) => (range as unknown[][]).length);
    expect(
      memo([
        [1, "a"],
        [null, 2],
      ]),
    ).toBe(2);
    expect(
      memo([
        [1, "a"],
        [null, 2],
      ]),
    ).toBe(2);
    expect(calls).toHaveLength(1);
  });

  it("recomputes when any cell differs, including a blank that turned into 0", () => {
    const { memo, calls } = counting(() => 0);
    memo([[1, null]]);
    memo([[1, 0]]);
    memo([[1, null, 3]]);
    expect(calls).toHaveLength(3);
  });

  it("remembers thrown errors as well as values", () => {
    const { memo, calls } = counting(() => {
      throw new Error("bad table");
    });
    expect(() => memo([["x"]])).toThrow("bad table");
    expect(() => memo([["x"]])).toThrow("bad table");
    expect(calls).toHaveLength(1);
  });

  it("is not fooled by the caller changing its array afterwards", () => {
    const { memo, calls } = counting((range) => (range as unknown[][])[0][0]);
    const range = [[1]];
    expect(memo(range)).toBe(1);
    range[0][0] = 2;
    expect(memo(range)).toBe(2);
    expect(calls).toHaveLength(2);
  });

  it("keeps only the most recent ranges", () => {
    const { memo, calls } = counting(() => 0);
    memo([[1]]);
    memo([[2]]);
    memo([[3]]);
    memo([[1]]);
    expect(calls).toHaveLength(4);
  });

  it("passes non-ranges straight through", () => {
    const { memo, calls } = counting((value) => value);
    expect(memo(null)).toBeNull();
    expect(memo(null)).toBeNull();
    expect(calls).toHaveLength(2);
  });
});

describe("memoByReference", () => {
  it("computes once per array, and again for another array with the same contents", () => {
    let calls = 0;
    const lengthOf = memoByReference((rows: readonly string[]) => {
      calls++;
      return { length: rows.length };
    });
    const a = ["x", "y"];
    expect(lengthOf(a)).toBe(lengthOf(a));
    expect(calls).toBe(1);
    expect(lengthOf(["x", "y"])).toEqual({ length: 2 });
    expect(calls).toBe(2);
  });
});
