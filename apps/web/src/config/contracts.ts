import { aidAddress, aidMinterAddress, usdcAddress } from "@aid/abis";
import type { Address } from "viem";
import { isSupportedChainId } from "./chains";

export type ProtocolAddresses = { usdc: Address; aid: Address; minter: Address };

/** The protocol's addresses on a chain, from the generated package (contracts/deployments). */
export function protocolAddresses(chainId: number): ProtocolAddresses {
  if (!isSupportedChainId(chainId)) throw new Error(`No AID deployment on chain ${chainId}.`);
  return { usdc: usdcAddress[chainId], aid: aidAddress[chainId], minter: aidMinterAddress[chainId] };
}
