import { type Address, zeroAddress } from "viem";
import { useReadContract } from "wagmi";
import { useTitleRegistry } from "@/features/titles/hooks/useTitleRegistry";
import { APPRAISER_ROLE } from "@/lib/roles";

/** Whether `account` holds the registry's APPRAISER_ROLE (`hasRole`); undefined while unknown. */
export function useIsAppraiser(account: Address | undefined) {
  const registry = useTitleRegistry();
  const query = useReadContract({
    ...registry,
    functionName: "hasRole",
    args: [APPRAISER_ROLE, account ?? zeroAddress],
    query: { enabled: Boolean(account), staleTime: 60_000 },
  });
  return { isAppraiser: account ? query.data : false, isLoading: Boolean(account) && query.isPending };
}
