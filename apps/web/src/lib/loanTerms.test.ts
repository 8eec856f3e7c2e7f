import { describe, expect, it } from "vitest";
import { loanPreview } from "./loanTerms";

describe("loanPreview", () => {
  it("computes LTV, the origination fee and the net proceeds", () => {
    const p = loanPreview(5_000n * 10n ** 18n, 10_000n * 10n ** 18n, 100n);
    expect(p.ltvBps).toBe(5_000n);
    expect(p.fee).toBe(50n * 10n ** 18n);
    expect(p.net).toBe(4_950n * 10n ** 18n);
  });
  it("has no LTV without a value", () => {
    expect(loanPreview(1n, 0n, 0n).ltvBps).toBeUndefined();
  });
});
