import { aidAbi, aidMinterAbi, usdcAbi } from "@aid/abis";
import type { Address } from "viem";
import { useReadContracts } from "wagmi";
import { useProtocolAddresses } from "./useProtocolAddresses";

/**
 * The connected account's USDC and AID, its USDC allowance to the minter, and the minter's reserve and terms
 * (fees, supply cap, pause): one batched read.
 */
export function useMintBalances(account: Address) {
  const { chainId, usdc, aid, minter } = useProtocolAddresses();
  const query = useReadContracts({
    contracts: [
      { chainId, address: usdc, abi: usdcAbi, functionName: "balanceOf", args: [account] },
      { chainId, address: aid, abi: aidAbi, functionName: "balanceOf", args: [account] },
      { chainId, address: usdc, abi: usdcAbi, functionName: "allowance", args: [account, minter] },
      { chainId, address: minter, abi: aidMinterAbi, functionName: "reserveUsdc" },
      { chainId, address: minter, abi: aidMinterAbi, functionName: "bufferUsdc" },
      { chainId, address: minter, abi: aidMinterAbi, functionName: "tBillUsdc" },
      { chainId, address: minter, abi: aidMinterAbi, functionName: "redeemableUsdc" },
      { chainId, address: minter, abi: aidMinterAbi, functionName: "mintFeeBps" },
      { chainId, address: minter, abi: aidMinterAbi, functionName: "redeemFeeBps" },
      { chainId, address: minter, abi: aidMinterAbi, functionName: "supplyCap" },
      { chainId, address: minter, abi: aidMinterAbi, functionName: "mintPaused" },
      { chainId, address: aid, abi: aidAbi, functionName: "totalSupply" },
    ],
    allowFailure: false,
    query: { refetchInterval: 8_000 },
  });
  const [
    usdcBalance,
    aidBalance,
    usdcAllowance,
    reserveUsdc,
    bufferUsdc,
    tBillUsdc,
    redeemableUsdc,
    mintFeeBps,
    redeemFeeBps,
    supplyCap,
    mintPaused,
    aidSupply,
  ] = query.data ?? [];
  return {
    usdcBalance,
    aidBalance,
    usdcAllowance,
    reserveUsdc,
    bufferUsdc,
    tBillUsdc,
    redeemableUsdc,
    mintFeeBps,
    redeemFeeBps,
    supplyCap,
    mintPaused,
    aidSupply,
    isError: query.isError,
    refetch: query.refetch,
  };
}
