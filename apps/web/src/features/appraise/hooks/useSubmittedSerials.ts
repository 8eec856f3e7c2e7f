import { useQuery } from "@tanstack/react-query";
import type { Hex } from "viem";
import { getContractEvents } from "viem/actions";
import { useClient } from "wagmi";
import { useTitleRegistry } from "@/features/titles/hooks/useTitleRegistry";

/**
 * The serial lists of these titles, from their `TitleSubmitted` events (the registry keeps only the commitment):
 * one log query for all of them. A title's submission never changes, so the result never goes stale.
 */
export function useSubmittedSerials(ids: readonly bigint[]) {
  const registry = useTitleRegistry();
  const client = useClient({ chainId: registry.chainId });
  const query = useQuery({
    queryKey: ["titleSubmitted", registry.chainId, registry.address, ids.map(String)],
    enabled: ids.length > 0 && Boolean(client),
    staleTime: Number.POSITIVE_INFINITY,
    queryFn: async () => {
      if (!client) throw new Error("No client for the app's chain");
      const logs = await getContractEvents(client, {
        address: registry.address,
        abi: registry.abi,
        eventName: "TitleSubmitted",
        args: { titleId: [...ids] },
        fromBlock: registry.fromBlock,
        toBlock: "latest",
        strict: true,
      });
      return new Map<bigint, readonly Hex[]>(logs.map((log) => [log.args.titleId, log.args.input.serials]));
    },
  });
  return { serials: query.data, isLoading: query.isPending && ids.length > 0, isError: query.isError };
}
