import {
  aidAddress,
  aidMinterAddress,
  deployments,
  gpuTitleRegistryAddress,
  liquiditySiloAddress,
  loanManagerAddress,
  stakedAidAddress,
  tBillVaultAddress,
  usdcAddress,
} from "@aid/abis";
import type { Address } from "viem";
import { isSupportedChainId } from "./chains";

export type ProtocolAddresses = {
  usdc: Address;
  aid: Address;
  minter: Address;
  stakedAid: Address;
  silo: Address;
  tBillVault: Address;
  titleRegistry: Address;
  loanManager: Address;
};

/** The protocol's addresses on a chain, from the generated package (contracts/deployments). */
export function protocolAddresses(chainId: number): ProtocolAddresses {
  if (!isSupportedChainId(chainId)) throw new Error(`No AID deployment on chain ${chainId}.`);
  return {
    usdc: usdcAddress[chainId],
    aid: aidAddress[chainId],
    minter: aidMinterAddress[chainId],
    stakedAid: stakedAidAddress[chainId],
    silo: liquiditySiloAddress[chainId],
    tBillVault: tBillVaultAddress[chainId],
    titleRegistry: gpuTitleRegistryAddress[chainId],
    loanManager: loanManagerAddress[chainId],
  };
}

/** The block the protocol was deployed at: where event scans start. */
export function deploymentBlock(chainId: number): bigint {
  return deploymentInfo(chainId).deployBlock;
}

/** Where a chain's deployment starts (event scans begin here) and whether USDC and the T-bill vault are mocks. */
export function deploymentInfo(chainId: number) {
  if (!isSupportedChainId(chainId)) throw new Error(`No AID deployment on chain ${chainId}.`);
  return deployments[chainId];
}

export type DeployedContract = { id: string; name: string; role: string; address: Address };

/** Every deployed contract of the protocol on a chain, for the published list of official addresses. */
export function deployedContracts(chainId: number): DeployedContract[] {
  if (!isSupportedChainId(chainId)) return [];
  const info = deployments[chainId];
  return [
    { id: "aid", name: "AID", role: "The dollar token (ERC-20)", address: aidAddress[chainId] },
    {
      id: "minter",
      name: "AIDMinter",
      role: "Mints and redeems AID; holds the reserve (USDC buffer and T-bill shares)",
      address: aidMinterAddress[chainId],
    },
    {
      id: "staked-aid",
      name: "StakedAID (sAID)",
      role: "The savings vault: shares, exit queue, loan book",
      address: stakedAidAddress[chainId],
    },
    {
      id: "silo",
      name: "LiquiditySilo",
      role: "Holds the savings vault's idle AID",
      address: liquiditySiloAddress[chainId],
    },
    {
      id: "t-bill-vault",
      name: info.tBillVaultIsMock ? "MockTBillVault (local test double)" : "T-bill vault",
      role: "Tokenized Treasury bills (ERC-4626 over USDC)",
      address: tBillVaultAddress[chainId],
    },
    {
      id: "usdc",
      name: info.usdcIsMock ? "MockUSDC (local test double)" : "USDC",
      role: "The reserve asset",
      address: usdcAddress[chainId],
    },
    {
      id: "titles",
      name: "GPUTitleRegistry",
      role: "GPU titles (ERC-721), the loans' collateral",
      address: gpuTitleRegistryAddress[chainId],
    },
    {
      id: "loan-manager",
      name: "LoanManager",
      role: "Loans against GPU titles, their Dutch auctions and the insurance fund",
      address: loanManagerAddress[chainId],
    },
  ];
}
