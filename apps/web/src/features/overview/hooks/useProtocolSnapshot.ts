import { aidAbi, aidMinterAbi, loanManagerAbi, mockTBillVaultAbi, stakedAidAbi, tBillVaultAbi } from "@aid/abis";
import { erc20Abi } from "viem";
import { useBlockNumber, useReadContract, useReadContracts } from "wagmi";
import { deploymentInfo } from "@/config/contracts";
import { useProtocolAddresses } from "@/features/mint/hooks/useProtocolAddresses";
import { WAD } from "@/lib/units";

/**
 * The protocol's public state, every figure read at the same block (the latest one, at most 30 s old): the AID
 * supply, the reserve and its parts, the minter's terms, the savings vault's state and exit price, the loan manager's
 * insurance fund and impairment, and the T-bill vault. One batched read.
 */
export function useProtocolSnapshot() {
  const { chainId, aid, minter, stakedAid, tBillVault, loanManager } = useProtocolAddresses();
  // Its own block-number query, refreshed every 30 s (and after each confirmed transaction): on a public chain a
  // new block every few seconds would re-read everything, the history included, for nothing.
  const { data: blockNumber } = useBlockNumber({ chainId, scopeKey: "snapshot", query: { refetchInterval: 30_000 } });
  const { tBillVaultIsMock } = deploymentInfo(chainId);
  const query = useReadContracts({
    contracts: [
      { chainId, address: aid, abi: aidAbi, functionName: "totalSupply" },
      { chainId, address: minter, abi: aidMinterAbi, functionName: "reserveUsdc" },
      { chainId, address: minter, abi: aidMinterAbi, functionName: "bufferUsdc" },
      { chainId, address: minter, abi: aidMinterAbi, functionName: "tBillUsdc" },
      { chainId, address: minter, abi: aidMinterAbi, functionName: "harvestFeeBps" },
      { chainId, address: minter, abi: aidMinterAbi, functionName: "mintFeeBps" },
      { chainId, address: minter, abi: aidMinterAbi, functionName: "redeemFeeBps" },
      { chainId, address: minter, abi: aidMinterAbi, functionName: "supplyCap" },
      { chainId, address: minter, abi: aidMinterAbi, functionName: "harvestable" },
      { chainId, address: stakedAid, abi: stakedAidAbi, functionName: "vaultState" },
      { chainId, address: stakedAid, abi: stakedAidAbi, functionName: "convertToAssets", args: [WAD] },
      { chainId, address: tBillVault, abi: tBillVaultAbi, functionName: "balanceOf", args: [minter] },
      { chainId, address: tBillVault, abi: tBillVaultAbi, functionName: "totalAssets" },
      { chainId, address: tBillVault, abi: erc20Abi, functionName: "decimals" },
      { chainId, address: loanManager, abi: loanManagerAbi, functionName: "insuranceFund" },
      { chainId, address: loanManager, abi: loanManagerAbi, functionName: "managerState" },
    ],
    blockNumber,
    allowFailure: false,
    query: { enabled: blockNumber !== undefined },
  });
  // The mock T-bill vault states its rate; a real vault's rate would come from its own share-price history.
  const rate = useReadContract({
    chainId,
    address: tBillVault,
    abi: mockTBillVaultAbi,
    functionName: "rateBps",
    blockNumber,
    query: { enabled: tBillVaultIsMock && blockNumber !== undefined },
  });
  const data = query.data;
  return {
    blockNumber: data ? blockNumber : undefined,
    isError: query.isError || rate.isError,
    data: data
      ? {
          aidSupply: data[0],
          reserveUsdc: data[1],
          bufferUsdc: data[2],
          tBillUsdc: data[3],
          harvestFeeBps: data[4],
          mintFeeBps: data[5],
          redeemFeeBps: data[6],
          supplyCap: data[7],
          harvestable: data[8],
          vault: data[9],
          sharePrice: data[10],
          tBillShares: data[11],
          tBillVaultAssets: data[12],
          tBillDecimals: data[13],
          insuranceFund: { balance: data[14][0], principalOutstanding: data[14][1], coverageBps: data[14][2] },
          /** Expected shortfall of liquidated loans not yet settled, and the insurance cover set aside for them. */
          impairment: data[15].impairment,
          reservedCover: data[15].reservedCover,
          tBillRateBps: rate.data,
        }
      : undefined,
  };
}

export type ProtocolSnapshot = NonNullable<ReturnType<typeof useProtocolSnapshot>["data"]>;
