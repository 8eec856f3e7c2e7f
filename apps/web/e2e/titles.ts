import { gpuTitleRegistryAbi, gpuTitleRegistryAddress } from "@aid/abis";
import { type Address, createWalletClient, type Hex, http, publicActions, stringToHex } from "viem";
import { foundry } from "viem/chains";
import { E2E } from "./env";

/** Helpers for the GPU title registry in browser tests: set-up through the chain, checks of what the chain holds. */
export const registry = { address: gpuTitleRegistryAddress[foundry.id], abi: gpuTitleRegistryAbi } as const;

const client = createWalletClient({ chain: foundry, transport: http(E2E.rpcUrl) }).extend(publicActions);

export const DAY = 86_400;
export const USD = 10n ** 18n;

/** A date input's value `days` from today (UTC). */
export function dateInput(days: number): string {
  return new Date(Date.now() + days * DAY * 1000).toISOString().slice(0, 10);
}

/** A date input's value `days` from the chain's today (the latest block's UTC day): the app's clock, not the browser's. */
export async function chainDateInput(days: number): Promise<string> {
  const { timestamp } = await client.getBlock();
  return new Date((Number(timestamp) + days * DAY) * 1000).toISOString().slice(0, 10);
}

/** The registry's one spelling of a serial: 0-9 A-Z, no leading zero, 1 to 32 characters. */
const CANONICAL_SERIAL = /^[1-9A-Z][0-9A-Z]{0,31}$/;

/** Serials packed and sorted as the registry needs them (canonical, so byte order is string order). */
export function packSerials(serials: readonly string[]): Hex[] {
  for (const s of serials) {
    if (!CANONICAL_SERIAL.test(s)) throw new Error(`Test serial “${s}” is not canonical: the registry would refuse it`);
  }
  return [...serials].sort().map((s) => stringToHex(s, { size: 32 }));
}

export async function readTitle(titleId: bigint) {
  return client.readContract({ ...registry, functionName: "title", args: [titleId] });
}

export async function titlesOf(account: Address) {
  const [titles] = await client.readContract({ ...registry, functionName: "titlesOf", args: [account, 0n, 1000n] });
  return titles;
}

export async function commitmentOf(serials: readonly string[]) {
  return client.readContract({ ...registry, functionName: "serialsCommitment", args: [packSerials(serials)] });
}

/** Lists a batch directly on chain from an unlocked anvil account; returns the new title's id. */
export async function listTitle(account: Address, serials: readonly string[], dataCenter = "E2E DC 1") {
  const now = Math.floor(Date.now() / 1000);
  const input = {
    modelId: 2,
    gpuCount: serials.length,
    serials: packSerials(serials),
    dataCenter,
    dataCenterTier: 3,
    purchasePrice: 500_000n * USD,
    purchaseDate: now - 60 * DAY,
    insurance: { insurer: "E2E Mutual", policyId: "E2E-POL-1", coverage: 500_000n * USD, expiry: now + 300 * DAY },
  };
  const { request, result } = await client.simulateContract({
    ...registry,
    account,
    functionName: "submit",
    args: [input],
  });
  const hash = await client.writeContract(request);
  await client.waitForTransactionReceipt({ hash });
  return result;
}
