import { stakedAidAbi } from "@aid/abis";
import { useReadContract } from "wagmi";
import { useProtocolAddresses } from "@/features/mint/hooks/useProtocolAddresses";
import { minimumReceived } from "../position";

/**
 * What staking `assets` AID buys now, from the vault itself (`previewDeposit`, at the deposit price), and the
 * least the stake will accept (`minShares`: the preview less the slippage tolerance). Refreshed with the position.
 */
export function useStakeQuote(assets: bigint | undefined) {
  const { chainId, stakedAid } = useProtocolAddresses();
  const query = useReadContract({
    chainId,
    address: stakedAid,
    abi: stakedAidAbi,
    functionName: "previewDeposit",
    args: assets === undefined ? undefined : [assets],
    query: {
      enabled: assets !== undefined && assets > 0n,
      refetchInterval: 8_000,
      select: (shares) => ({ assets: assets ?? 0n, shares, minShares: minimumReceived(shares) }),
    },
  });
  return { quote: query.data, isError: query.isError };
}
