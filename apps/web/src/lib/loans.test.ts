import { describe, expect, it } from "vitest";
import { AUCTION_DURATION, auctionPrice, DAY, daysPastDue, livePrice, loanStatusLabel } from "./loans";

describe("auctionPrice", () => {
  const basis = 10_000n * 10n ** 18n;
  it("starts at 120% of the value, halves the fall at the middle and stays at the 30% floor", () => {
    expect(auctionPrice(basis, 0n)).toBe(12_000n * 10n ** 18n);
    expect(auctionPrice(basis, AUCTION_DURATION / 2n)).toBe(7_500n * 10n ** 18n);
    expect(auctionPrice(basis, AUCTION_DURATION)).toBe(3_000n * 10n ** 18n);
    expect(auctionPrice(basis, AUCTION_DURATION * 2n)).toBe(3_000n * 10n ** 18n);
  });
  it("rounds up, like the contract", () => {
    expect(auctionPrice(1n, 1n)).toBe(2n);
  });
  it("is 0 once the auction has ended", () => {
    expect(livePrice(basis, 100n, 100n + AUCTION_DURATION + 1n)).toBe(0n);
    expect(livePrice(basis, 100n, 100n)).toBe(12_000n * 10n ** 18n);
  });
});

describe("daysPastDue", () => {
  it("counts whole days after the due date", () => {
    expect(daysPastDue(1_000n, 999n)).toBe(0n);
    expect(daysPastDue(1_000n, 1_000n + DAY * 3n + 5n)).toBe(3n);
    expect(daysPastDue(0n, 10n ** 9n)).toBe(0n);
  });
  it("names statuses", () => {
    expect(loanStatusLabel(2)).toBe("In auction");
  });
});
