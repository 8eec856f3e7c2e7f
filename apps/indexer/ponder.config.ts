import { deployments } from "@aid/abis";
import { createConfig } from "ponder";
import { CHAIN_ID, chainName, databaseConfig, protocolContracts, RPC_URLS } from "./src/deployment";

/** Every protocol contract of the chain `CHAIN_ID` (ABIs, addresses and deploy block from @aid/abis), from its deploy
 * block. USDC and the T-bill vault are not the protocol's: their events are not indexed. */
export default createConfig({
  database: databaseConfig(),
  chains: {
    [chainName]: { id: CHAIN_ID, rpc: RPC_URLS, pollingInterval: Number(process.env.PONDER_POLLING_MS ?? 1_000) },
  },
  contracts: protocolContracts(Number(deployments[CHAIN_ID as keyof typeof deployments]?.deployBlock ?? 0n)),
});
