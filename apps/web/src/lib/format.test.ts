import { describe, expect, it } from "vitest";
import { formatAmount, shortHash, toInputValue } from "./format";

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
