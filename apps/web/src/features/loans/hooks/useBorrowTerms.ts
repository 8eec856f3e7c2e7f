import { gpuTitleRegistryAbi, loanManagerAbi } from "@aid/abis";
import { keepPreviousData } from "@tanstack/react-query";
import { useBlock, useReadContract, useReadContracts } from "wagmi";
import { useProtocolAddresses } from "@/features/mint/hooks/useProtocolAddresses";
import type { Appraisal } from "@/lib/loanTerms";

/**
 * How long after the latest block a loan may be mined and still fit the limits the form offers (seconds of chain
 * time): the title's value falls every second, and the vault's room changes with its book and with exits that become
 * eligible, so the bound shown is what the contract allows this far ahead, not at the block it was read at.
 */
export const SIGNING_WINDOW = 600n;

/**
 * What a title can borrow: its appraisal (to value it at the time a loan would be mined), the most by LTV and by the
 * vault's liquidity at the latest block and at a block `SIGNING_WINDOW` later (the contract's own `maxBorrow`, run
 * with the block's time overridden), the loan terms and the minimum, with the latest block (the chain's clock). Every
 * read is at the latest block, so the figures agree with each other and refresh with it.
 */
export function useBorrowTerms(titleId: bigint) {
  const { chainId, loanManager, titleRegistry } = useProtocolAddresses();
  const block = useBlock({ chainId, query: { refetchInterval: 15_000 } });
  const blockNumber = block.data?.number ?? undefined;
  const query = useReadContracts({
    contracts: [
      { chainId, address: loanManager, abi: loanManagerAbi, functionName: "maxBorrow", args: [titleId] },
      { chainId, address: loanManager, abi: loanManagerAbi, functionName: "parameters" },
      { chainId, address: titleRegistry, abi: gpuTitleRegistryAbi, functionName: "title", args: [titleId] },
      { chainId, address: loanManager, abi: loanManagerAbi, functionName: "MIN_PRINCIPAL" },
    ],
    blockNumber,
    allowFailure: false,
    query: { enabled: blockNumber !== undefined, placeholderData: keepPreviousData },
  });
  const ahead = useReadContract({
    chainId,
    address: loanManager,
    abi: loanManagerAbi,
    functionName: "maxBorrow",
    args: [titleId],
    // At the latest block (anvil applies block overrides only there, not at a block given by number); the key
    // changes with the latest block's time, so this refreshes with the other reads.
    blockOverrides: block.data ? { time: block.data.timestamp + SIGNING_WINDOW } : undefined,
    query: { enabled: block.data !== undefined, placeholderData: keepPreviousData },
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
    isError: query.isError || block.isError || ahead.isError,
    data:
      data && appraisal && block.data && ahead.data
        ? {
            /** `maxBorrow` at the latest block. */
            byLtv: data[0][0],
            available: data[0][1],
            /** `maxBorrow` at a block `SIGNING_WINDOW` after the latest one. */
            ahead: { byLtv: ahead.data[0], available: ahead.data[1], at: block.data.timestamp + SIGNING_WINDOW },
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
