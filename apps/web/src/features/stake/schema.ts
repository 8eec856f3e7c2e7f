import { z } from "zod";
import { amountSchema } from "@/lib/amount";
import { AID, SAID } from "@/lib/units";

/** The most sAID one exit request may hold (StakedAID.MAX_REQUEST_SHARES, 100 million sAID). */
export const MAX_REQUEST_SHARES = 10n ** 26n;

/** AID to stake: up to 18 decimals, at most the balance, at least what buys one unit of sAID. */
export const stakeFormSchema = (aidBalance: bigint | undefined, minimum?: bigint) =>
  z.object({ amount: amountSchema({ token: AID, balance: aidBalance, minimum }) });

/** sAID to exit with: at most the balance and at most one request's limit. */
export const exitFormSchema = (saidBalance: bigint | undefined) =>
  z.object({
    amount: amountSchema({
      token: SAID,
      balance: saidBalance,
      maximum: { value: MAX_REQUEST_SHARES, message: (most) => `One exit request can hold at most ${most}.` },
    }),
  });
