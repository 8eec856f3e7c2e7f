import { z } from "zod";
import { amountSchema } from "@/lib/amount";
import { minOf } from "@/lib/bigints";
import { formatBps } from "@/lib/format";
import { AID } from "@/lib/units";

/** What bounds a new loan: the contract's minimum, the title's value × max LTV, and what the vault can lend. */
export type BorrowLimits = {
  minPrincipal: bigint;
  /** The most the title's value allows (value × max LTV) when the loan is mined. */
  byLtv: bigint;
  /** What the savings vault can lend now (0 while borrowing is paused). */
  available: bigint;
  maxLtvBps: bigint;
};

/** The most a loan may be: the lower of the two bounds. */
export const maxPrincipal = ({ byLtv, available }: BorrowLimits) => minOf(byLtv, available);

/**
 * AID to borrow: a positive number of at most 18 decimals, at least the minimum principal, at most the title's
 * value × max LTV and at most what the vault can lend, each failure with its own message.
 */
export const openLoanFormSchema = (limits: BorrowLimits) =>
  z.object({
    amount: amountSchema({
      token: AID,
      minimum: limits.minPrincipal,
      maximum: {
        value: maxPrincipal(limits),
        message: (most) =>
          limits.byLtv <= limits.available
            ? `You can borrow at most ${most} against this title (max LTV ${formatBps(limits.maxLtvBps)}).`
            : `The vault can lend at most ${most} now.`,
      },
    }),
  });

/**
 * AID to repay: positive, at most 18 decimals, at most the AID the account holds, and at most the payoff (more is
 * never taken; use pay off in full to close the loan).
 */
export const repayFormSchema = ({ payoff, balance }: { payoff: bigint; balance: bigint | undefined }) =>
  z.object({
    amount: amountSchema({
      token: AID,
      balance,
      maximum: { value: payoff, message: (most) => `The loan's payoff is ${most}: no more can be repaid.` },
    }),
  });
