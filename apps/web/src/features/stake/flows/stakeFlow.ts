import { stakedAidAbi } from "@aid/abis";
import type { Address } from "viem";
import { type TxStep, txStep } from "@/components/tx/useTransactionFlow";
import type { ProtocolAddresses } from "@/config/contracts";
import { AID, SAID } from "@/lib/units";

/**
 * Stake AID for sAID, receiving at least `minShares` (the guarded `deposit(assets, receiver, minShares)` overload: it
 * reverts with SharesBelowMinimum if the price moved). No approval: AID lets the vault pull from its own caller
 * (AID.savingsPull).
 */
export function stakeFlow(addresses: ProtocolAddresses, account: Address, assets: bigint, minShares: bigint): TxStep[] {
  return [
    txStep({
      label: "Stake AID",
      errorContext: { token: AID },
      call: {
        address: addresses.stakedAid,
        abi: stakedAidAbi,
        functionName: "deposit",
        args: [assets, account, minShares],
      },
    }),
  ];
}

/** Escrow sAID in a new exit request controlled by the account. */
export function requestExitFlow(addresses: ProtocolAddresses, shares: bigint): TxStep[] {
  return [
    txStep({
      label: "Request exit",
      errorContext: { token: SAID },
      call: { address: addresses.stakedAid, abi: stakedAidAbi, functionName: "requestRedeem", args: [shares] },
    }),
  ];
}

/** Fill up to `maxCount` requests from the head of the queue (anyone may). */
export function processQueueFlow(addresses: ProtocolAddresses, maxCount: bigint): TxStep[] {
  return [
    txStep({
      label: "Process the queue",
      call: {
        address: addresses.stakedAid,
        abi: stakedAidAbi,
        functionName: "processRedemptions",
        args: [maxCount],
      },
    }),
  ];
}

/**
 * Claim every filled exit of the account at once: `redeem(maxRedeem(account), account, account)` (ERC-7540: the
 * filled requests of one controller are paid from one balance). `shares` is the account's `maxRedeem`.
 */
export function claimFlow(addresses: ProtocolAddresses, account: Address, shares: bigint): TxStep[] {
  return [
    txStep({
      label: "Claim filled exits",
      errorContext: { token: SAID },
      call: {
        address: addresses.stakedAid,
        abi: stakedAidAbi,
        functionName: "redeem",
        args: [shares, account, account],
      },
    }),
  ];
}

/** Cancel a pending request: its still-pending sAID comes back to the account (what was filled stays claimable). */
export function cancelFlow(addresses: ProtocolAddresses, requestId: bigint): TxStep[] {
  return [
    txStep({
      label: `Cancel request #${requestId}`,
      errorContext: { token: SAID },
      call: {
        address: addresses.stakedAid,
        abi: stakedAidAbi,
        functionName: "cancelRedeemRequest",
        args: [requestId],
      },
    }),
  ];
}
