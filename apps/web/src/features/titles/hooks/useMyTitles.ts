import { useQuery } from "@tanstack/react-query";
import type { Address } from "viem";
import { useConfig } from "wagmi";
import { readContract } from "wagmi/actions";
import { SCAN, scanAll } from "../scan";
import type { Title } from "../types";
import { useTitleRegistry } from "./useTitleRegistry";

/**
 * The live titles `account` holds or has pledged (`titlesOf`, every page), refreshed periodically so current values
 * follow depreciation.
 */
export function useMyTitles(account: Address) {
  const config = useConfig();
  const registry = useTitleRegistry();
  const query = useQuery({
    queryKey: ["titlesOf", registry.chainId, registry.address, account],
    queryFn: () =>
      scanAll<Title>((fromId) =>
        readContract(config, { ...registry, functionName: "titlesOf", args: [account, fromId, SCAN] }),
      ),
    refetchInterval: 15_000,
  });
  return { titles: query.data, isLoading: query.isPending, isError: query.isError };
}
