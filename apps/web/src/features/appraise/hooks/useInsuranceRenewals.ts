import { useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { getContractEvents } from "viem/actions";
import { useClient, useReadContracts } from "wagmi";
import { useTitleRegistry } from "@/features/titles/hooks/useTitleRegistry";
import type { Title } from "@/features/titles/types";
import { TitleStatus } from "@/lib/titleLabels";

const VERIFIABLE = new Set<number>([TitleStatus.Appraised, TitleStatus.Pledged, TitleStatus.Liquidating]);

/**
 * Titles whose holder recorded a new insurance policy (`InsuranceUpdated`) that no appraiser has verified yet, and
 * that `verifyInsurance` accepts: Appraised, Pledged or Liquidating. Found from the events, then read in one batch.
 */
export function useInsuranceRenewals() {
  const registry = useTitleRegistry();
  const client = useClient({ chainId: registry.chainId });
  const updated = useQuery({
    queryKey: ["insuranceUpdated", registry.chainId, registry.address],
    enabled: Boolean(client),
    refetchInterval: 15_000,
    queryFn: async () => {
      if (!client) throw new Error("No client for the app's chain");
      const logs = await getContractEvents(client, {
        address: registry.address,
        abi: registry.abi,
        eventName: "InsuranceUpdated",
        fromBlock: registry.fromBlock,
        toBlock: "latest",
        strict: true,
      });
      return [...new Set(logs.map((log) => log.args.titleId.toString()))];
    },
  });
  const ids = useMemo(() => (updated.data ?? []).map(BigInt), [updated.data]);
  const records = useReadContracts({
    contracts: ids.map((id) => ({ ...registry, functionName: "title", args: [id] }) as const),
    allowFailure: false,
    query: { enabled: ids.length > 0 },
  });
  const titles = useMemo(
    () =>
      (records.data as readonly Title[] | undefined)?.filter(
        (title) => !title.insuranceVerified && VERIFIABLE.has(title.status),
      ),
    [records.data],
  );
  return {
    titles: updated.data?.length === 0 ? [] : titles,
    isLoading: updated.isPending || (ids.length > 0 && records.isPending),
    isError: updated.isError || records.isError,
  };
}
