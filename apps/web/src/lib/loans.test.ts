import { maxUint256 } from "viem";
import { describe, expect, it } from "vitest";
import { formatBps } from "./format";
import {
  AUCTION_DURATION,
  auctionPrice,
  DAY,
  daysPastDue,
  formatLtv,
  LoanStatus,
  livePrice,
  loanStatusLabel,
} from "./loans";

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

describe("formatLtv", () => {
  it("shows the LTV as a percentage, and a dash when it is unbounded (the title has no value)", () => {
    expect(formatLtv(6_543n)).toBe(formatBps(6_543n));
    expect(formatLtv(maxUint256)).toBe("—");
  });
});

describe("LoanStatus", () => {
  it("numbers the statuses as ILoans.LoanStatus does, matching their labels", () => {
    expect(loanStatusLabel(LoanStatus.Active)).toBe("Active");
    expect(loanStatusLabel(LoanStatus.Liquidating)).toBe("In auction");
    expect(loanStatusLabel(LoanStatus.Sold)).toBe("Sold");
    expect(loanStatusLabel(LoanStatus.WrittenOff)).toBe("Written off");
  });
});
