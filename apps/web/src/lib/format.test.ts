import { describe, expect, it } from "vitest";
import { formatAmount, formatBps, formatDate, formatUsd, shortHash, toInputValue } from "./format";

describe("formatAmount", () => {
  it("groups thousands and trims trailing zeros", () => {
    expect(formatAmount(1_234_567_890_000n, 6)).toBe("1,234,567.89");
    expect(formatAmount(0n, 18)).toBe("0");
    expect(formatAmount(100n * 10n ** 18n, 18)).toBe("100");
  });

  it("truncates instead of rounding up", () => {
    expect(formatAmount(1_999_999n, 6, 2)).toBe("1.99");
    expect(formatAmount(10n ** 18n - 1n, 18, 6)).toBe("0.999999");
  });

  it("keeps the sign of negative amounts", () => {
    expect(formatAmount(-1_500_000n, 6)).toBe("-1.5");
  });
});

describe("toInputValue", () => {
  it("gives the exact decimal string", () => {
    expect(toInputValue(123_456_789n, 6)).toBe("123.456789");
  });
});

describe("shortHash", () => {
  it("keeps the head and the tail", () => {
    expect(shortHash("0x1234567890abcdef")).toBe("0x1234…cdef");
  });
});

describe("formatUsd", () => {
  it("shows dollars with thousands separators, truncated to cents", () => {
    expect(formatUsd(2_400_000n * 10n ** 18n)).toBe("$2,400,000");
    expect(formatUsd(1_234_567n * 10n ** 15n - 1n)).toBe("$1,234.56");
    expect(formatUsd(0n)).toBe("$0");
    expect(formatUsd(-5n * 10n ** 17n)).toBe("-$0.5");
  });
});

describe("formatDate", () => {
  it("gives the UTC calendar day", () => {
    expect(formatDate(1_795_283_075)).toBe("21 Nov 2026");
    expect(formatDate(0n)).toBe("1 Jan 1970");
    expect(formatDate(Date.UTC(2027, 0, 31, 23, 59, 59) / 1000)).toBe("31 Jan 2027");
  });
});

describe("formatBps", () => {
  it("shows basis points as a percentage", () => {
    expect(formatBps(2000)).toBe("20%");
    expect(formatBps(125n)).toBe("1.25%");
    expect(formatBps(10_000)).toBe("100%");
  });
});
