import { useQuery } from "@tanstack/react-query";
import { useConfig } from "wagmi";
import { readContract } from "wagmi/actions";
import { useTitleRegistry } from "@/features/titles/hooks/useTitleRegistry";
import { SCAN, scanAll } from "@/features/titles/scan";
import type { Title } from "@/features/titles/types";

/** Every listing waiting for appraisal (`pendingTitles`, every page). */
export function usePendingTitles() {
  const config = useConfig();
  const registry = useTitleRegistry();
  const query = useQuery({
    queryKey: ["pendingTitles", registry.chainId, registry.address],
    queryFn: () =>
      scanAll<Title>((fromId) =>
        readContract(config, { ...registry, functionName: "pendingTitles", args: [fromId, SCAN] }),
      ),
    refetchInterval: 15_000,
  });
  return { titles: query.data, isLoading: query.isPending, isError: query.isError };
}
