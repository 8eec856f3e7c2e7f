import { aidAbi, aidMinterAbi, usdcAbi } from "@aid/abis";
import type { Address } from "viem";
import { useReadContracts } from "wagmi";
import { useProtocolAddresses } from "./useProtocolAddresses";

/** The connected account's USDC and AID, its USDC allowance to the minter, and the reserve: one batched read. */
export function useMintBalances(account: Address) {
  const { chainId, usdc, aid, minter } = useProtocolAddresses();
  const query = useReadContracts({
    contracts: [
      { chainId, address: usdc, abi: usdcAbi, functionName: "balanceOf", args: [account] },
      { chainId, address: aid, abi: aidAbi, functionName: "balanceOf", args: [account] },
      { chainId, address: usdc, abi: usdcAbi, functionName: "allowance", args: [account, minter] },
      { chainId, address: minter, abi: aidMinterAbi, functionName: "reserveUsdc" },
    ],
    allowFailure: false,
    query: { refetchInterval: 8_000 },
  });
  const [usdcBalance, aidBalance, usdcAllowance, reserveUsdc] = query.data ?? [];
  return { usdcBalance, aidBalance, usdcAllowance, reserveUsdc, isError: query.isError, refetch: query.refetch };
}
