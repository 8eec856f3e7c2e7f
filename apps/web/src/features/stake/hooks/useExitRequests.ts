import { stakedAidAbi } from "@aid/abis";
import { useReadContracts } from "wagmi";
import { useProtocolAddresses } from "@/features/mint/hooks/useProtocolAddresses";
import type { RequestHistory } from "../position";

/**
 * The vault's view (`getRequest`) of each open request of the account (status, shares or AID, timing, what is
 * ahead of it) and of the request at the head of the queue (whether processing can fill anything now): one batch.
 */
export function useExitRequests(history: readonly RequestHistory[], queueHead: bigint | undefined) {
  const { chainId, stakedAid } = useProtocolAddresses();
  const ids = history.filter((request) => !request.closed).map((request) => request.requestId);
  if (queueHead !== undefined && !ids.includes(queueHead)) ids.push(queueHead);
  const query = useReadContracts({
    contracts: ids.map(
      (id) => ({ chainId, address: stakedAid, abi: stakedAidAbi, functionName: "getRequest", args: [id] }) as const,
    ),
    allowFailure: false,
    query: { enabled: ids.length > 0, refetchInterval: 8_000 },
  });
  const views = new Map(ids.map((id, index) => [id, query.data?.[index]]));
  return { views, isPending: ids.length > 0 && query.isPending, isError: query.isError };
}
