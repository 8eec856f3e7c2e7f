import { parseUnits } from "viem";
import { z } from "zod";
import { formatAmount } from "./format";
import type { TokenInfo } from "./units";

export type AmountRules = {
  token: TokenInfo;
  /** Decimal places the user may type: the token's own, or fewer where the contract cannot use more. */
  maxDecimals?: number;
  /** The user's balance; unknown (still loading) skips the balance check. */
  balance?: bigint;
  /** The smallest amount the contract accepts, in base units. */
  minimum?: bigint;
  /** A limit other than the balance (a cap, the idle liquidity), with the message built from its formatted value. */
  maximum?: { value: bigint; message: (formatted: string) => string };
};

const NUMBER = /^(\d+\.?\d*|\.\d+)$/;

/**
 * A typed amount, checked in the order a person reads it, with one clear message each, and turned into
 * base units. Nothing throws: every failure is an issue, so a form shows it and sends nothing.
 */
export function amountSchema({ token, maxDecimals = token.decimals, balance, minimum, maximum }: AmountRules) {
  return z.string().transform((raw, ctx): bigint => {
    const fail = (message: string) => {
      ctx.addIssue({ code: "custom", message });
      return z.NEVER;
    };
    const value = raw.trim();
    if (value === "") return fail("Enter an amount.");
    if (/^-/.test(value) && NUMBER.test(value.slice(1))) return fail("The amount must be positive.");
    if (!NUMBER.test(value)) return fail("Enter a number, like 100 or 12.5.");
    const fraction = value.split(".")[1] ?? "";
    if (fraction.length > maxDecimals) {
      return fail(`${token.symbol} amounts have at most ${maxDecimals} decimal places.`);
    }
    const amount = parseUnits(value, token.decimals);
    if (amount === 0n) return fail("Enter an amount greater than zero.");
    if (minimum !== undefined && amount < minimum) {
      return fail(`The smallest amount is ${formatAmount(minimum, token.decimals, token.decimals)} ${token.symbol}.`);
    }
    if (balance !== undefined && amount > balance) {
      return fail(`You have only ${formatAmount(balance, token.decimals)} ${token.symbol}.`);
    }
    if (maximum !== undefined && amount > maximum.value) {
      return fail(maximum.message(`${formatAmount(maximum.value, token.decimals)} ${token.symbol}`));
    }
    return amount;
  });
}
