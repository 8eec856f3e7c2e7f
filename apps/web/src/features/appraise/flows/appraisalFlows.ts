import { gpuTitleRegistryAbi } from "@aid/abis";
import type { Address, Hex } from "viem";
import { type TxStep, txStep } from "@/components/tx/useTransactionFlow";

/** Record an appraisal; it also marks the insurance on record verified. Appraiser only. */
export function appraiseFlow(
  registry: Address,
  titleId: bigint,
  appraisal: { value: bigint; validUntil: number; reportHash: Hex },
): TxStep[] {
  return [
    txStep({
      label: `Appraise title #${titleId}`,
      call: {
        address: registry,
        abi: gpuTitleRegistryAbi,
        functionName: "appraise",
        args: [titleId, appraisal.value, appraisal.validUntil, appraisal.reportHash],
      },
    }),
  ];
}

/** Reject a Pending listing with a RejectionReason (1-6). Appraiser only. */
export function rejectFlow(registry: Address, titleId: bigint, reason: number): TxStep[] {
  return [
    txStep({
      label: `Reject title #${titleId}`,
      call: { address: registry, abi: gpuTitleRegistryAbi, functionName: "reject", args: [titleId, reason] },
    }),
  ];
}

/** Verify a renewed insurance policy on record. Appraiser only. */
export function verifyInsuranceFlow(registry: Address, titleId: bigint): TxStep[] {
  return [
    txStep({
      label: `Verify insurance of title #${titleId}`,
      call: { address: registry, abi: gpuTitleRegistryAbi, functionName: "verifyInsurance", args: [titleId] },
    }),
  ];
}
