import { loanManagerAbi } from "@aid/abis";
import { keepPreviousData } from "@tanstack/react-query";
import { useBlock, useReadContracts } from "wagmi";
import { useProtocolAddresses } from "@/features/mint/hooks/useProtocolAddresses";

/** Loans read per page (the loan manager's MAX_SCAN). */
const PAGE = 1000n;

/**
 * Every loan (first page of up to 1,000 ids) and the manager's state, read at the latest block, with that block's
 * timestamp: the chain's clock (which may run ahead of the wall clock) for due dates and auction prices.
 * Two requests: the block, then one batched read at it.
 */
export function useLoanBook() {
  const { chainId, loanManager } = useProtocolAddresses();
  const block = useBlock({ chainId, query: { refetchInterval: 30_000 } });
  const blockNumber = block.data?.number ?? undefined;
  const query = useReadContracts({
    contracts: [
      { chainId, address: loanManager, abi: loanManagerAbi, functionName: "loans", args: [1n, PAGE] },
      { chainId, address: loanManager, abi: loanManagerAbi, functionName: "managerState" },
    ],
    blockNumber,
    allowFailure: false,
    // Keep the last read while the next block's loads, so rows (and their transaction status) stay mounted.
    query: { enabled: blockNumber !== undefined, placeholderData: keepPreviousData },
  });
  const data = query.data;
  return {
    isError: block.isError || query.isError,
    blockNumber: data ? blockNumber : undefined,
    /** The block's timestamp and when it was read (ms, wall clock), to run the chain's clock forward. */
    clock: data && block.data ? { timestamp: block.data.timestamp, readAt: block.dataUpdatedAt } : undefined,
    loans: data ? data[0][0] : undefined,
    more: data ? data[0][1] !== 0n : false,
    state: data ? data[1] : undefined,
  };
}

export type LoanView = NonNullable<ReturnType<typeof useLoanBook>["loans"]>[number];
