import { describe, expect, it } from "vitest";
import { exitFormSchema, stakeFormSchema } from "./schema";

const E18 = 10n ** 18n;
const message = (result: { error?: { issues: { message: string }[] } }) => result.error?.issues[0]?.message;

describe("stake form", () => {
  it("accepts an amount within the balance", () => {
    expect(stakeFormSchema(100n * E18).parse({ amount: "12.5" })).toEqual({ amount: 125n * 10n ** 17n });
  });

  it("refuses bad input with a clear message", () => {
    const schema = stakeFormSchema(100n * E18, 2n);
    expect(message(schema.safeParse({ amount: "" }))).toBe("Enter an amount.");
    expect(message(schema.safeParse({ amount: "1e5" }))).toBe("Enter a number, like 100 or 12.5.");
    expect(message(schema.safeParse({ amount: "-1" }))).toBe("The amount must be positive.");
    expect(message(schema.safeParse({ amount: "0" }))).toBe("Enter an amount greater than zero.");
    expect(message(schema.safeParse({ amount: "0.0000000000000000001" }))).toBe(
      "AID amounts have at most 18 decimal places.",
    );
    expect(message(schema.safeParse({ amount: "0.000000000000000001" }))).toBe(
      "The smallest amount is 0.000000000000000002 AID.",
    );
    expect(message(schema.safeParse({ amount: "100.5" }))).toBe("You have only 100 AID.");
  });
});

describe("exit form", () => {
  it("refuses more sAID than held, and more than one request may hold", () => {
    expect(message(exitFormSchema(5n * E18).safeParse({ amount: "6" }))).toBe("You have only 5 sAID.");
    expect(message(exitFormSchema(10n ** 27n).safeParse({ amount: "100000001" }))).toBe(
      "One exit request can hold at most 100,000,000 sAID.",
    );
    expect(exitFormSchema(5n * E18).parse({ amount: "5" })).toEqual({ amount: 5n * E18 });
  });
});
