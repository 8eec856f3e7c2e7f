import { useQuery } from "@tanstack/react-query";
import { getBlock } from "viem/actions";
import { useClient } from "wagmi";
import { useProtocolAddresses } from "@/features/mint/hooks/useProtocolAddresses";

/** The timestamps of some blocks, fetched together in one batch (blocks never change, so they are cached). */
export function useBlockTimestamps(blocks: readonly bigint[]) {
  const { chainId } = useProtocolAddresses();
  const client = useClient({ chainId });
  const unique = [...new Set(blocks)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return useQuery({
    queryKey: ["blockTimestamps", chainId, unique.map(String)],
    enabled: Boolean(client) && unique.length > 0,
    staleTime: Number.POSITIVE_INFINITY,
    queryFn: async () => {
      if (!client) throw new Error("No client");
      const found = await Promise.all(unique.map((blockNumber) => getBlock(client, { blockNumber })));
      return new Map(found.map((block) => [block.number, block.timestamp]));
    },
  });
}
