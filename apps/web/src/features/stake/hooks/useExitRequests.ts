import { stakedAidAbi } from "@aid/abis";
import { useReadContracts } from "wagmi";
import { useProtocolAddresses } from "@/features/mint/hooks/useProtocolAddresses";
import type { RequestHistory } from "../position";

/** The vault's view (`getRequest`) of each open request: status, shares or AID, timing, and what is ahead of it. */
export function useExitRequests(history: readonly RequestHistory[]) {
  const { chainId, stakedAid } = useProtocolAddresses();
  const open = history.filter((request) => !request.closed);
  const query = useReadContracts({
    contracts: open.map(
      (request) =>
        ({
          chainId,
          address: stakedAid,
          abi: stakedAidAbi,
          functionName: "getRequest",
          args: [request.requestId],
        }) as const,
    ),
    allowFailure: false,
    query: { enabled: open.length > 0, refetchInterval: 8_000 },
  });
  const views = new Map(open.map((request, index) => [request.requestId, query.data?.[index]]));
  return { views, isPending: open.length > 0 && query.isPending, isError: query.isError };
}
