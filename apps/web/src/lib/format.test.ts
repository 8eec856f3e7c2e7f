import { describe, expect, it } from "vitest";
import {
  formatAid,
  formatAmount,
  formatBps,
  formatDate,
  formatDuration,
  formatFixed,
  formatRate,
  formatTimestamp,
  formatUsd,
  formatWadPercent,
  shortHash,
  toInputValue,
} from "./format";

describe("formatFixed", () => {
  it("always shows the same number of decimals, truncated", () => {
    expect(formatFixed(11_300_000_000_000_000_000n, 18)).toBe("11.30");
    expect(formatFixed(1_000n * 10n ** 18n, 18)).toBe("1,000.00");
    expect(formatFixed(12_379n * 10n ** 15n, 18)).toBe("12.37");
    expect(formatFixed(0n, 18)).toBe("0.00");
    expect(formatFixed(-1_500_000n, 6, 1)).toBe("-1.5");
    expect(formatFixed(1_234_567n, 6, 0)).toBe("1");
  });
});

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
    expect(formatDate(1_795_283_075)).toBe("21 Nov 2026 UTC");
    expect(formatDate(0n)).toBe("1 Jan 1970 UTC");
    expect(formatDate(Date.UTC(2027, 0, 31, 23, 59, 59) / 1000)).toBe("31 Jan 2027 UTC");
  });
});

describe("formatRate", () => {
  it("shows basis points as a percentage", () => {
    expect(formatRate(2000)).toBe("20%");
    expect(formatRate(125n)).toBe("1.25%");
    expect(formatRate(10_000)).toBe("100%");
  });
});

describe("percentages", () => {
  it("shows basis points with two decimals, truncated", () => {
    expect(formatBps(450n)).toBe("4.50%");
    expect(formatBps(0n)).toBe("0.00%");
    expect(formatBps(1_234_567n)).toBe("12,345.67%");
    expect(formatBps(-5n)).toBe("-0.05%");
    expect(formatWadPercent(10n ** 18n)).toBe("100.00%");
    expect(formatWadPercent(45_678n * 10n ** 12n)).toBe("4.56%");
  });
});

describe("formatDuration", () => {
  it("shows the largest unit and the next", () => {
    expect(formatDuration(3n * 86_400n)).toBe("3 d");
    expect(formatDuration(86_400n + 4n * 3_600n + 59n)).toBe("1 d 4 h");
    expect(formatDuration(86_400n + 60n)).toBe("1 d");
    expect(formatDuration(3_900n)).toBe("1 h 5 min");
    expect(formatDuration(45n)).toBe("45 s");
    expect(formatDuration(0n)).toBe("0 s");
    expect(formatDuration(-5n)).toBe("0 s");
  });
});

describe("formatTimestamp", () => {
  it("shows UTC to the minute", () => {
    expect(formatTimestamp(1_767_225_600n)).toBe("1 Jan 2026, 00:00 UTC");
  });
});

describe("formatAid", () => {
  it("adds the symbol to a truncated amount", () => {
    expect(formatAid(1_234_567_890_000_000_000_000n)).toBe("1,234.56 AID");
    expect(formatAid(1_500_000_000_000_000_000n, 4)).toBe("1.5 AID");
    expect(formatAid(0n)).toBe("0 AID");
  });
});
