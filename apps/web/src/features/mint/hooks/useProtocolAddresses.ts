import { useConfig } from "wagmi";
import { protocolAddresses } from "@/config/contracts";

/** Addresses on the app's chain (not the wallet's, which may be wrong until the user switches). */
export function useProtocolAddresses() {
  const config = useConfig();
  const chainId = config.chains[0].id;
  return { chainId, ...protocolAddresses(chainId) };
}
