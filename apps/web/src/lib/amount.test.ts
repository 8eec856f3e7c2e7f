import { describe, expect, it } from "vitest";
import { amountSchema } from "./amount";
import { AID, USDC } from "./units";

const usdc = amountSchema({ token: USDC, balance: 1_000_000_000n }); // 1,000 USDC

function message(result: ReturnType<typeof usdc.safeParse>) {
  return result.success ? undefined : result.error.issues[0]?.message;
}

describe("amountSchema", () => {
  it("parses a valid amount into base units", () => {
    expect(usdc.parse("12.5")).toBe(12_500_000n);
    expect(usdc.parse(" 1000 ")).toBe(1_000_000_000n);
    expect(usdc.parse(".5")).toBe(500_000n);
    expect(usdc.parse("0.000001")).toBe(1n);
  });

  it.each([
    ["", "Enter an amount."],
    ["   ", "Enter an amount."],
    ["abc", "Enter a number, like 100 or 12.5."],
    ["1e5", "Enter a number, like 100 or 12.5."],
    ["1,000", "Enter a number, like 100 or 12.5."],
    [".", "Enter a number, like 100 or 12.5."],
    ["1.2.3", "Enter a number, like 100 or 12.5."],
    ["-5", "The amount must be positive."],
    ["0", "Enter an amount greater than zero."],
    ["0.000000", "Enter an amount greater than zero."],
    ["1.0000001", "USDC amounts have at most 6 decimal places."],
    ["1000.000001", "You have only 1,000 USDC."],
  ])("rejects %j with %j", (input, expected) => {
    expect(message(usdc.safeParse(input))).toBe(expected);
  });

  it("skips the balance check while the balance is unknown", () => {
    expect(amountSchema({ token: USDC }).parse("5000000")).toBe(5_000_000_000_000n);
  });

  it("enforces a minimum in base units", () => {
    const aid = amountSchema({ token: AID, minimum: 10n ** 12n });
    expect(message(aid.safeParse("0.0000000001"))).toBe("The smallest amount is 0.000001 AID.");
    expect(aid.parse("0.000001")).toBe(10n ** 12n);
  });

  it("enforces a maximum in base units", () => {
    const usd = amountSchema({
      token: { symbol: "USD", decimals: 18 },
      maxDecimals: 2,
      maximum: { value: 10n ** 28n, message: (most) => `The largest amount is ${most}.` },
    });
    expect(message(usd.safeParse("10000000000.01"))).toBe("The largest amount is 10,000,000,000 USD.");
    expect(usd.parse("10000000000")).toBe(10n ** 28n);
    expect(message(usd.safeParse("1.005"))).toBe("USD amounts have at most 2 decimal places.");
  });
});
