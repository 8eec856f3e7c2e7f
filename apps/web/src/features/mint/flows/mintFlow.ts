import { aidMinterAbi } from "@aid/abis";
import type { Address } from "viem";
import type { Config } from "wagmi";
import { approveStep } from "@/components/tx/approveStep";
import { type TxStep, txStep } from "@/components/tx/useTransactionFlow";
import type { ProtocolAddresses } from "@/config/contracts";
import { AID, USDC } from "@/lib/units";

/** Mint AID from USDC: approve the minter for exactly this amount if needed, then mint to the account. */
export function mintFlow(config: Config, addresses: ProtocolAddresses, account: Address, usdcAmount: bigint): TxStep[] {
  return [
    approveStep(config, {
      token: USDC,
      tokenAddress: addresses.usdc,
      owner: account,
      spender: addresses.minter,
      amount: usdcAmount,
    }),
    txStep({
      label: "Mint AID",
      errorContext: { token: USDC },
      call: { address: addresses.minter, abi: aidMinterAbi, functionName: "mint", args: [usdcAmount, account] },
    }),
  ];
}

/** Redeem AID for USDC: the minter burns the account's own AID, so no approval is needed. */
export function redeemFlow(addresses: ProtocolAddresses, account: Address, aidAmount: bigint): TxStep[] {
  return [
    txStep({
      label: "Redeem AID",
      errorContext: { token: AID },
      call: { address: addresses.minter, abi: aidMinterAbi, functionName: "redeem", args: [aidAmount, account] },
    }),
  ];
}
