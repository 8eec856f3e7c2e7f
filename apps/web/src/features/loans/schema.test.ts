import { describe, expect, it } from "vitest";
import { maxPrincipal, openLoanFormSchema, repayFormSchema } from "./schema";

const E18 = 10n ** 18n;
const limits = { minPrincipal: 100n * E18, byLtv: 14_000n * E18, available: 50_000n * E18, maxLtvBps: 7000n };
const message = (schema: ReturnType<typeof openLoanFormSchema>, amount: string) =>
  schema.safeParse({ amount }).error?.issues[0]?.message;

describe("open loan form", () => {
  const schema = openLoanFormSchema(limits);

  it("accepts an amount within the bounds, in AID wei", () => {
    expect(schema.parse({ amount: "1000.5" })).toEqual({ amount: 1_000_500_000_000_000_000_000n });
    expect(schema.parse({ amount: "14000" })).toEqual({ amount: 14_000n * E18 });
    expect(schema.parse({ amount: "100" })).toEqual({ amount: 100n * E18 });
  });

  it("says what is wrong with each bad amount", () => {
    expect(message(schema, "")).toBe("Enter an amount.");
    expect(message(schema, "abc")).toBe("Enter a number, like 100 or 12.5.");
    expect(message(schema, "1e3")).toBe("Enter a number, like 100 or 12.5.");
    expect(message(schema, "0")).toBe("Enter an amount greater than zero.");
    expect(message(schema, "-5")).toBe("The amount must be positive.");
    expect(message(schema, "1.0000000000000000001")).toBe("AID amounts have at most 18 decimal places.");
    expect(message(schema, "99.99")).toBe("The smallest amount is 100 AID.");
  });

  it("names the max LTV bound when the title's value limits the loan", () => {
    expect(message(schema, "14000.000000000000000001")).toBe(
      "You can borrow at most 14,000 AID against this title (max LTV 70.00%).",
    );
  });

  it("names the vault when its liquidity limits the loan", () => {
    const short = openLoanFormSchema({ ...limits, available: 5_000n * E18 });
    expect(message(short, "5001")).toBe("The vault can lend at most 5,000 AID now.");
    expect(message(openLoanFormSchema({ ...limits, available: 0n }), "100")).toBe(
      "The vault can lend at most 0 AID now.",
    );
    expect(maxPrincipal({ ...limits, available: 5_000n * E18 })).toBe(5_000n * E18);
  });
});

describe("repay form", () => {
  const schema = repayFormSchema({ payoff: 1_000n * E18, balance: 600n * E18 });
  const repayMessage = (s: typeof schema, amount: string) => s.safeParse({ amount }).error?.issues[0]?.message;

  it("accepts an amount up to the balance and the payoff", () => {
    expect(schema.parse({ amount: "600" })).toEqual({ amount: 600n * E18 });
    expect(schema.parse({ amount: "0.000000000000000001" })).toEqual({ amount: 1n });
  });

  it("refuses zero, negatives, too many decimals, more than the balance and more than the payoff", () => {
    expect(repayMessage(schema, "")).toBe("Enter an amount.");
    expect(repayMessage(schema, "0")).toBe("Enter an amount greater than zero.");
    expect(repayMessage(schema, "-1")).toBe("The amount must be positive.");
    expect(repayMessage(schema, "x")).toBe("Enter a number, like 100 or 12.5.");
    expect(repayMessage(schema, "1.0000000000000000001")).toBe("AID amounts have at most 18 decimal places.");
    expect(repayMessage(schema, "600.1")).toBe("You have only 600 AID.");
    const rich = repayFormSchema({ payoff: 1_000n * E18, balance: 5_000n * E18 });
    expect(repayMessage(rich, "1000.000000000000000001")).toBe(
      "The loan's payoff is 1,000 AID: no more can be repaid.",
    );
  });

  it("skips the balance check while the balance is loading", () => {
    const loading = repayFormSchema({ payoff: 1_000n * E18, balance: undefined });
    expect(loading.parse({ amount: "900" })).toEqual({ amount: 900n * E18 });
  });
});
