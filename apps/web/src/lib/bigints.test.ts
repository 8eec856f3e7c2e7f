import { describe, expect, it } from "vitest";
import { maxOf, minOf } from "./bigints";

describe("minOf / maxOf", () => {
  it("pick the smaller and the larger amount, beyond 2^53", () => {
    const big = 2n ** 200n;
    expect(minOf(big, big + 1n)).toBe(big);
    expect(maxOf(big, big + 1n)).toBe(big + 1n);
    expect(minOf(-1n, 0n)).toBe(-1n);
    expect(maxOf(5n, 5n)).toBe(5n);
  });
});
