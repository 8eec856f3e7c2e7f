import {
  aidAbi,
  aidAddress,
  aidMinterAbi,
  aidMinterAddress,
  gpuTitleRegistryAbi,
  gpuTitleRegistryAddress,
  loanManagerAbi,
  loanManagerAddress,
  stakedAidAbi,
  stakedAidAddress,
} from "@aid/abis";
import type { Abi, Address } from "viem";

/** The chain to index (a chain with a deployment in @aid/abis) and its RPC; the local chain by default. */
export const CHAIN_ID = Number(process.env.CHAIN_ID ?? 31337);
export const RPC_URL = process.env.RPC_URL ?? "http://127.0.0.1:8545";
/** Ponder starts every RPC endpoint at 20 requests a second and raises that limit slowly (5% at a time). A list of
 * endpoints (comma-separated RPC_URL) spreads requests over them; `RPC_LANES` repeats each, for a node that takes
 * far more than 20 a second (a local anvil). */
export const RPC_URLS = RPC_URL.split(",")
  .map((url) => url.trim())
  .filter(Boolean)
  .flatMap((url) => Array.from({ length: Math.max(1, Number(process.env.RPC_LANES ?? 1)) }, () => url));
export const chainName = CHAIN_ID === 31337 ? "local" : `chain${CHAIN_ID}`;

/** PostgreSQL when DATABASE_URL is set (production), else embedded PGlite in PONDER_PGLITE_DIR. */
export function databaseConfig() {
  if (process.env.DATABASE_URL) return { kind: "postgres" as const, connectionString: process.env.DATABASE_URL };
  return { kind: "pglite" as const, directory: process.env.PONDER_PGLITE_DIR ?? ".ponder/pglite" };
}

const pick = (addresses: Record<number, Address>, name: string): Address => {
  const address = addresses[CHAIN_ID];
  if (!address) throw new Error(`@aid/abis has no ${name} address for chain ${CHAIN_ID}`);
  return address;
};

/** The protocol contracts whose events are indexed (LiquiditySilo emits none). */
export const CONTRACTS = {
  AID: { abi: aidAbi, addresses: aidAddress },
  AIDMinter: { abi: aidMinterAbi, addresses: aidMinterAddress },
  StakedAID: { abi: stakedAidAbi, addresses: stakedAidAddress },
  GPUTitleRegistry: { abi: gpuTitleRegistryAbi, addresses: gpuTitleRegistryAddress },
  LoanManager: { abi: loanManagerAbi, addresses: loanManagerAddress },
} as const satisfies Record<string, { abi: Abi; addresses: Record<number, Address> }>;

export type ContractName = keyof typeof CONTRACTS;

export function protocolContracts(startBlock: number) {
  const entries = Object.entries(CONTRACTS).map(([name, c]) => [
    name,
    { chain: chainName, abi: c.abi, address: pick(c.addresses as Record<number, Address>, name), startBlock },
  ]);
  return Object.fromEntries(entries) as {
    [K in ContractName]: { chain: string; abi: (typeof CONTRACTS)[K]["abi"]; address: Address; startBlock: number };
  };
}
