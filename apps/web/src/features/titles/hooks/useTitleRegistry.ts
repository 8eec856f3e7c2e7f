import { gpuTitleRegistryAbi } from "@aid/abis";
import { useConfig } from "wagmi";
import { deploymentBlock, protocolAddresses } from "@/config/contracts";

/** The GPU title registry on the app's chain (not the wallet's, which may be wrong until the user switches). */
export function useTitleRegistry() {
  const chainId = useConfig().chains[0].id;
  return {
    chainId,
    address: protocolAddresses(chainId).titleRegistry,
    abi: gpuTitleRegistryAbi,
    fromBlock: deploymentBlock(chainId),
  } as const;
}
