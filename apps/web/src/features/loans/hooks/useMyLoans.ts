import { aidAbi, loanManagerAbi } from "@aid/abis";
import { keepPreviousData } from "@tanstack/react-query";
import type { Address } from "viem";
import { useBlock, useReadContracts } from "wagmi";
import { useProtocolAddresses } from "@/features/mint/hooks/useProtocolAddresses";
import { LoanStatus } from "@/lib/loans";

/**
 * The account's loans (up to 1,000 ids scanned) and AID balance, read at the latest block, then the remaining
 * schedule of each open loan at that same block; with that block's timestamp (the chain's clock, which may run
 * ahead of the wall clock). Three requests: the block, the loans and balance, the schedules.
 */
export function useMyLoans(account: Address) {
  const { chainId, loanManager, aid } = useProtocolAddresses();
  const block = useBlock({ chainId, query: { refetchInterval: 30_000 } });
  const blockNumber = block.data?.number ?? undefined;
  const query = useReadContracts({
    contracts: [
      { chainId, address: loanManager, abi: loanManagerAbi, functionName: "loansOf", args: [account, 1n, 1000n] },
      { chainId, address: aid, abi: aidAbi, functionName: "balanceOf", args: [account] },
    ],
    blockNumber,
    allowFailure: false,
    // Keep the last read while the next block's loads, so rows (and their transaction status) stay mounted.
    query: { enabled: blockNumber !== undefined, placeholderData: keepPreviousData },
  });
  const loans = query.data ? query.data[0][0] : undefined;
  const open = (loans ?? []).filter((l) => l.status === LoanStatus.Active);
  const schedules = useReadContracts({
    contracts: open.map(
      (l) => ({ chainId, address: loanManager, abi: loanManagerAbi, functionName: "schedule", args: [l.id] }) as const,
    ),
    blockNumber,
    allowFailure: false,
    query: { enabled: open.length > 0 && blockNumber !== undefined, placeholderData: keepPreviousData },
  });
  const scheduleOf = new Map(open.map((l, i) => [l.id, schedules.data?.[i]]));
  return {
    isError: block.isError || query.isError || schedules.isError,
    now: query.data ? block.data?.timestamp : undefined,
    /** The block's timestamp and when it was read (ms, wall clock), to run the chain's clock forward. */
    clock: query.data && block.data ? { timestamp: block.data.timestamp, readAt: block.dataUpdatedAt } : undefined,
    loans,
    balance: query.data ? query.data[1] : undefined,
    /** The remaining payments of an open loan (contract `schedule`), undefined while they load. */
    scheduleOf: (loanId: bigint) => scheduleOf.get(loanId),
  };
}
