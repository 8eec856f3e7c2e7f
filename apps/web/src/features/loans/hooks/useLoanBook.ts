import { gpuTitleRegistryAbi, loanManagerAbi } from "@aid/abis";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { ContractFunctionReturnType } from "viem";
import { useBlock, useConfig } from "wagmi";
import { readContract, readContracts } from "wagmi/actions";
import { useProtocolAddresses } from "@/features/mint/hooks/useProtocolAddresses";
import { scanAll } from "@/features/titles/scan";
import type { Title } from "@/features/titles/types";

/** Loans read per page (the loan manager's MAX_SCAN). */
const PAGE = 1000n;

export type LoanView = ContractFunctionReturnType<typeof loanManagerAbi, "view", "loan">;
type LoanPage = readonly [readonly LoanView[], bigint];

/**
 * The latest block, refreshed every 30 s: the block the loan book is read at. A screen may call it early (e.g. with a
 * role check) so the block is read in the same batch as other first reads, and the loans one round sooner.
 */
export function useLoanBookBlock() {
  const { chainId } = useProtocolAddresses();
  return useBlock({ chainId, query: { refetchInterval: 30_000 } });
}

/**
 * Every loan (`loans`, each page until its nextId is 0) and the manager's state, read at the latest block, with that
 * block's timestamp: the chain's clock (which may run ahead of the wall clock) for due dates and auction prices.
 * With `titles`, also the record of each loan's title (`GPUTitleRegistry.title`), at the same block.
 * Requests: the block, then one batch with the first page and the state (every further page is one more: fewer than
 * 1,000 loans need none), then one batch with the titles.
 */
export function useLoanBook({ titles = false }: { titles?: boolean } = {}) {
  const config = useConfig();
  const { chainId, loanManager, titleRegistry } = useProtocolAddresses();
  const block = useLoanBookBlock();
  const blockNumber = block.data?.number ?? undefined;
  const query = useQuery({
    queryKey: ["loanBook", chainId, loanManager, blockNumber?.toString(), titles],
    enabled: blockNumber !== undefined,
    // Keep the last read while the next block's loads, so rows (and their transaction status) stay mounted.
    placeholderData: keepPreviousData,
    queryFn: async () => {
      const manager = { chainId, address: loanManager, abi: loanManagerAbi } as const;
      const [firstPage, state] = await readContracts(config, {
        contracts: [
          { ...manager, functionName: "loans", args: [1n, PAGE] },
          { ...manager, functionName: "managerState" },
        ],
        blockNumber,
        allowFailure: false,
      });
      const loans = await scanAll<LoanView>((fromId) =>
        fromId === 0n
          ? Promise.resolve(firstPage as LoanPage)
          : readContract(config, { ...manager, functionName: "loans", args: [fromId, PAGE], blockNumber }),
      );
      const titleIds = [...new Set(loans.map((loan) => loan.titleId))];
      const records =
        titles && titleIds.length > 0
          ? ((await readContracts(config, {
              contracts: titleIds.map(
                (id) =>
                  ({
                    chainId,
                    address: titleRegistry,
                    abi: gpuTitleRegistryAbi,
                    functionName: "title",
                    args: [id],
                  }) as const,
              ),
              blockNumber,
              allowFailure: false,
            })) as readonly Title[])
          : [];
      return {
        blockNumber,
        loans,
        state,
        titles: titles ? new Map<bigint, Title>(records.map((title) => [title.id, title])) : undefined,
      };
    },
  });
  const data = query.data;
  return {
    isError: block.isError || query.isError,
    blockNumber: data?.blockNumber,
    /** The block's timestamp and when it was read (ms, wall clock), to run the chain's clock forward. */
    clock: data && block.data ? { timestamp: block.data.timestamp, readAt: block.dataUpdatedAt } : undefined,
    loans: data?.loans,
    state: data?.state,
    /** Each loan's title record by id (with `titles` only). */
    titles: data?.titles,
  };
}
