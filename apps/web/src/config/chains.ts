import { deployments } from "@aid/abis";
import { type Chain, defineChain } from "viem";
import { foundry } from "viem/chains";

export const LOCAL_CHAIN_ID = foundry.id;

export type SupportedChainId = keyof typeof deployments;

export function isSupportedChainId(chainId: number | undefined): chainId is SupportedChainId {
  return chainId !== undefined && chainId in deployments;
}

/** The chain the app runs on, with the RPC URL given at run time. Only the local chain is deployed for now. */
export function appChain(chainId: number, rpcUrl: string): Chain {
  if (chainId !== LOCAL_CHAIN_ID) {
    throw new Error(`Chain ${chainId} has no deployment in contracts/deployments.`);
  }
  return defineChain({
    ...foundry,
    name: "Local chain (Anvil)",
    rpcUrls: { default: { http: [rpcUrl] } },
  });
}
