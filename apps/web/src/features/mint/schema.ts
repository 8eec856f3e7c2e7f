import { z } from "zod";
import { amountSchema } from "@/lib/amount";
import { AID, BPS, USDC, USDC_TO_AID } from "@/lib/units";

const ceilDiv = (a: bigint, b: bigint) => (a + b - 1n) / b;

/** AID received for a USDC amount, as AIDMinter.previewMint computes it: the fee rounds up, in the reserve's favour. */
export const previewMint = (usdcAmount: bigint, feeBps = 0n) => {
  const aid = usdcAmount * USDC_TO_AID;
  return aid - ceilDiv(aid * feeBps, BPS);
};

/** USDC received for an AID amount, as AIDMinter.previewRedeem computes it: fee rounded up, USDC rounded down. */
export const previewRedeem = (aidAmount: bigint, feeBps = 0n) =>
  (aidAmount - ceilDiv(aidAmount * feeBps, BPS)) / USDC_TO_AID;

/** The smallest AID amount that redeems for one USDC unit at `feeBps` (1e12 with no fee), as the minter computes it. */
export function minRedeemAid(feeBps = 0n) {
  let minimum = ceilDiv(USDC_TO_AID * BPS, BPS - feeBps);
  while (previewRedeem(minimum, feeBps) === 0n) minimum++;
  return minimum;
}

/** The most USDC a mint may take before the AID it creates passes the supply cap (`room` is cap - supply, in AID). */
export function maxMintUsdc(room: bigint, feeBps = 0n) {
  if (room <= 0n) return 0n;
  let usdc = (room * BPS) / ((BPS - feeBps) * USDC_TO_AID);
  while (previewMint(usdc + 1n, feeBps) <= room) usdc++;
  while (usdc > 0n && previewMint(usdc, feeBps) > room) usdc--;
  return usdc;
}

/** The minter's terms the forms check against; unknown (still loading) skips those checks. */
export type MintTerms = { mintFeeBps?: bigint; redeemFeeBps?: bigint; supplyRoom?: bigint };

/** USDC to mint with: up to 6 decimals, at most the balance and at most what the supply cap leaves room for. */
export const mintFormSchema = (usdcBalance: bigint | undefined, terms: MintTerms = {}) =>
  z.object({
    amount: amountSchema({
      token: USDC,
      balance: usdcBalance,
      maximum:
        terms.supplyRoom === undefined
          ? undefined
          : {
              value: maxMintUsdc(terms.supplyRoom, terms.mintFeeBps),
              message: (most) => `The AID supply cap leaves room for a mint of at most ${most}.`,
            },
    }),
  });

/** AID to redeem: at least the amount that pays one USDC unit after the fee (1e12 AID wei), at most the balance. */
export const redeemFormSchema = (aidBalance: bigint | undefined, terms: MintTerms = {}) =>
  z.object({ amount: amountSchema({ token: AID, balance: aidBalance, minimum: minRedeemAid(terms.redeemFeeBps) }) });
