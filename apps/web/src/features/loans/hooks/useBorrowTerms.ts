import { gpuTitleRegistryAbi, loanManagerAbi } from "@aid/abis";
import { useBlock, useReadContracts } from "wagmi";
import { useProtocolAddresses } from "@/features/mint/hooks/useProtocolAddresses";
import type { Appraisal } from "@/lib/loanTerms";

/**
 * What a title can borrow: its appraisal (to value it at the time a loan would be mined), the most by LTV and by the
 * vault's liquidity now, the loan terms and the minimum, with the latest block (the chain's clock). One batched read;
 * the block is the one the loan list already reads.
 */
export function useBorrowTerms(titleId: bigint) {
  const { chainId, loanManager, titleRegistry } = useProtocolAddresses();
  const block = useBlock({ chainId, query: { refetchInterval: 30_000 } });
  const query = useReadContracts({
    contracts: [
      { chainId, address: loanManager, abi: loanManagerAbi, functionName: "maxBorrow", args: [titleId] },
      { chainId, address: loanManager, abi: loanManagerAbi, functionName: "parameters" },
      { chainId, address: titleRegistry, abi: gpuTitleRegistryAbi, functionName: "title", args: [titleId] },
      { chainId, address: loanManager, abi: loanManagerAbi, functionName: "MIN_PRINCIPAL" },
    ],
    allowFailure: false,
  });
  const data = query.data;
  const title = data?.[2];
  const appraisal: Appraisal | undefined = title
    ? {
        appraisedValue: title.appraisedValue,
        appraisedAt: BigInt(title.appraisedAt),
        expiry: BigInt(Math.min(title.appraisalValidUntil, title.insuranceVerifiedUntil)),
        depreciationBps: BigInt(title.depreciationBps),
      }
    : undefined;
  return {
    isError: query.isError || block.isError,
    data:
      data && appraisal && block.data
        ? {
            byLtv: data[0][0],
            available: data[0][1],
            parameters: data[1],
            appraisal,
            value: title?.currentValue ?? 0n,
            minPrincipal: data[3],
            /** The latest block's timestamp and when it was read (ms, wall clock), to run the chain's clock forward. */
            clock: { timestamp: block.data.timestamp, readAt: block.dataUpdatedAt },
          }
        : undefined,
  };
}
