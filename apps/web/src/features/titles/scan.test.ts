import { describe, expect, it } from "vitest";
import { SCAN, scanAll } from "./scan";

describe("scanAll", () => {
  it("follows nextId until it is 0, concatenating pages", async () => {
    const asked: bigint[] = [];
    const pages = new Map<bigint, [number[], bigint]>([
      [0n, [[1, 5], 1001n]],
      [1001n, [[], 2001n]],
      [2001n, [[2500], 0n]],
    ]);
    const result = await scanAll(async (fromId) => {
      asked.push(fromId);
      return pages.get(fromId) as [number[], bigint];
    });
    expect(result).toEqual([1, 5, 2500]);
    expect(asked).toEqual([0n, 1001n, 2001n]);
    expect(SCAN).toBe(1000n);
  });

  it("stops at a page limit rather than looping for ever", async () => {
    await expect(scanAll(async () => [[], 1n] as const, 3)).rejects.toThrow("Gave up after scanning 3 pages");
  });
});
