import { z } from "zod";
import { amountSchema } from "@/lib/amount";
import { AID, USDC, USDC_TO_AID } from "@/lib/units";

/** USDC to mint with: up to 6 decimals, at most the balance. */
export const mintFormSchema = (usdcBalance: bigint | undefined) =>
  z.object({ amount: amountSchema({ token: USDC, balance: usdcBalance }) });

/** AID to redeem: at least one USDC unit's worth (1e12 AID wei), at most the balance. */
export const redeemFormSchema = (aidBalance: bigint | undefined) =>
  z.object({ amount: amountSchema({ token: AID, balance: aidBalance, minimum: USDC_TO_AID }) });

/** AID received for a USDC amount, as AIDMinter.previewMint computes it. */
export const previewMint = (usdcAmount: bigint) => usdcAmount * USDC_TO_AID;

/** USDC received for an AID amount, rounded down as AIDMinter.previewRedeem does. */
export const previewRedeem = (aidAmount: bigint) => aidAmount / USDC_TO_AID;
