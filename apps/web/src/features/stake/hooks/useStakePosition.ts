import { aidAbi, stakedAidAbi } from "@aid/abis";
import type { Address } from "viem";
import { useReadContracts } from "wagmi";
import { useProtocolAddresses } from "@/features/mint/hooks/useProtocolAddresses";

/** The account's AID and sAID, and the vault's whole state (`vaultState()`): one batched read. */
export function useStakePosition(account: Address) {
  const { chainId, aid, stakedAid } = useProtocolAddresses();
  const query = useReadContracts({
    contracts: [
      { chainId, address: aid, abi: aidAbi, functionName: "balanceOf", args: [account] },
      { chainId, address: stakedAid, abi: stakedAidAbi, functionName: "balanceOf", args: [account] },
      { chainId, address: stakedAid, abi: stakedAidAbi, functionName: "vaultState" },
    ],
    allowFailure: false,
    query: { refetchInterval: 8_000 },
  });
  const [aidBalance, saidBalance, vault] = query.data ?? [];
  return { aidBalance, saidBalance, vault, isError: query.isError };
}
