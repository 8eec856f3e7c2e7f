import { stakedAidAbi } from "@aid/abis";
import type { Address } from "viem";
import { type TxStep, txStep } from "@/components/tx/useTransactionFlow";
import type { ProtocolAddresses } from "@/config/contracts";
import { AID, SAID } from "@/lib/units";

/** Stake AID for sAID. No approval: AID lets the vault pull from its own caller (AID.savingsPull). */
export function stakeFlow(addresses: ProtocolAddresses, account: Address, assets: bigint): TxStep[] {
  return [
    txStep({
      label: "Stake AID",
      errorContext: { token: AID },
      call: { address: addresses.stakedAid, abi: stakedAidAbi, functionName: "deposit", args: [assets, account] },
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

/** Take a filled request's AID to the account. */
export function claimFlow(addresses: ProtocolAddresses, account: Address, requestId: bigint): TxStep[] {
  return [
    txStep({
      label: `Claim request #${requestId}`,
      errorContext: { token: AID },
      call: { address: addresses.stakedAid, abi: stakedAidAbi, functionName: "claim", args: [requestId, account] },
    }),
  ];
}

/** Cancel a pending request: its sAID comes back to the account. */
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
