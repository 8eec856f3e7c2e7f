import { gpuTitleRegistryAbi } from "@aid/abis";
import type { Address } from "viem";
import { type TxStep, txStep } from "@/components/tx/useTransactionFlow";
import type { TitleInput } from "../schema";

type Insurance = TitleInput["insurance"];

/** List a GPU batch: mints a title in status Pending to the caller. */
export function submitTitleFlow(registry: Address, input: TitleInput): TxStep[] {
  return [
    txStep({
      label: "List GPUs",
      call: { address: registry, abi: gpuTitleRegistryAbi, functionName: "submit", args: [input] },
    }),
  ];
}

/** Burn the caller's own title (Pending, Rejected or Appraised) and free its serials. */
export function withdrawFlow(registry: Address, titleId: bigint): TxStep[] {
  return [
    txStep({
      label: `Withdraw title #${titleId}`,
      call: { address: registry, abi: gpuTitleRegistryAbi, functionName: "withdraw", args: [titleId] },
    }),
  ];
}

/** Ask the custodian for physical delivery of an Appraised title's GPUs. */
export function requestRedemptionFlow(registry: Address, titleId: bigint): TxStep[] {
  return [
    txStep({
      label: `Request redemption of title #${titleId}`,
      call: { address: registry, abi: gpuTitleRegistryAbi, functionName: "requestRedemption", args: [titleId] },
    }),
  ];
}

export function cancelRedemptionFlow(registry: Address, titleId: bigint): TxStep[] {
  return [
    txStep({
      label: `Cancel redemption of title #${titleId}`,
      call: { address: registry, abi: gpuTitleRegistryAbi, functionName: "cancelRedemption", args: [titleId] },
    }),
  ];
}

/** Record a renewed policy; it counts once the appraiser verifies it. */
export function updateInsuranceFlow(registry: Address, titleId: bigint, insurance: Insurance): TxStep[] {
  return [
    txStep({
      label: `Update insurance of title #${titleId}`,
      call: {
        address: registry,
        abi: gpuTitleRegistryAbi,
        functionName: "updateInsurance",
        args: [titleId, insurance],
      },
    }),
  ];
}
