import { loanManagerAbi } from "@aid/abis";
import { keepPreviousData } from "@tanstack/react-query";
import type { Address } from "viem";
import { useBlock, useReadContracts } from "wagmi";
import { useProtocolAddresses } from "@/features/mint/hooks/useProtocolAddresses";

/** The account's loans (up to 1,000 ids scanned) read at the latest block, with that block's timestamp. */
export function useMyLoans(account: Address) {
  const { chainId, loanManager } = useProtocolAddresses();
  const block = useBlock({ chainId, query: { refetchInterval: 30_000 } });
  const blockNumber = block.data?.number ?? undefined;
  const query = useReadContracts({
    contracts: [
      { chainId, address: loanManager, abi: loanManagerAbi, functionName: "loansOf", args: [account, 1n, 1000n] },
    ],
    blockNumber,
    allowFailure: false,
    // Keep the last read while the next block's loads, so rows (and their transaction status) stay mounted.
    query: { enabled: blockNumber !== undefined, placeholderData: keepPreviousData },
  });
  return {
    isError: block.isError || query.isError,
    now: query.data ? block.data?.timestamp : undefined,
    loans: query.data ? query.data[0][0] : undefined,
  };
}
