import { aidAddress, aidMinterAddress, deployments, gpuTitleRegistryAddress, usdcAddress } from "@aid/abis";
import type { Address } from "viem";
import { isSupportedChainId } from "./chains";

export type ProtocolAddresses = { usdc: Address; aid: Address; minter: Address; titleRegistry: Address };

/** The protocol's addresses on a chain, from the generated package (contracts/deployments). */
export function protocolAddresses(chainId: number): ProtocolAddresses {
  if (!isSupportedChainId(chainId)) throw new Error(`No AID deployment on chain ${chainId}.`);
  return {
    usdc: usdcAddress[chainId],
    aid: aidAddress[chainId],
    minter: aidMinterAddress[chainId],
    titleRegistry: gpuTitleRegistryAddress[chainId],
  };
}

/** The block the protocol was deployed at: where event scans start. */
export function deploymentBlock(chainId: number): bigint {
  if (!isSupportedChainId(chainId)) throw new Error(`No AID deployment on chain ${chainId}.`);
  return deployments[chainId].deployBlock;
}
