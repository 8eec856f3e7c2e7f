import { aidAbi, stakedAidAbi } from "@aid/abis";
import type { Address } from "viem";
import { useReadContracts } from "wagmi";
import { useProtocolAddresses } from "@/features/mint/hooks/useProtocolAddresses";

/**
 * The account's AID and sAID, the vault's whole state (`vaultState()`), and the account's filled, unclaimed exits
 * (`claimable`: AID and shares; `maxRedeem`: the shares a claim redeems): one batched read.
 */
export function useStakePosition(account: Address) {
  const { chainId, aid, stakedAid } = useProtocolAddresses();
  const vault = { chainId, address: stakedAid, abi: stakedAidAbi } as const;
  const query = useReadContracts({
    contracts: [
      { chainId, address: aid, abi: aidAbi, functionName: "balanceOf", args: [account] },
      { ...vault, functionName: "balanceOf", args: [account] },
      { ...vault, functionName: "vaultState" },
      { ...vault, functionName: "claimable", args: [account] },
      { ...vault, functionName: "maxRedeem", args: [account] },
    ],
    allowFailure: false,
    query: { refetchInterval: 8_000 },
  });
  const [aidBalance, saidBalance, vaultState, claimable, maxRedeem] = query.data ?? [];
  return {
    aidBalance,
    saidBalance,
    vault: vaultState,
    claimable: claimable ? { assets: claimable[0], shares: claimable[1], maxRedeem: maxRedeem ?? 0n } : undefined,
    isError: query.isError,
  };
}
