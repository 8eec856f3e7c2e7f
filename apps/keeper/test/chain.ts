import type { ChildProcess } from "node:child_process";
import { deployAndSeed, isPortFree, rpc, startAnvil, stopAndWait, waitForChain } from "@aid/devtools/local-chain";
import { type Hex, http, type Transport } from "viem";
import { type Config, parseConfig } from "../src/config";
import { Keeper, type KeeperOptions } from "../src/keeper";
import { type Fields, type Level, silentLogger } from "../src/log";

/** Anvil development keys #1 to #3 (public test mnemonic): the seed leaves these accounts without positions. */
export const KEYS = {
  one: "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d",
  two: "0x5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a",
  three: "0x7c852118294e51e653712a81e05800f419141751be58f605c371e15141b007a6",
} as const satisfies Record<string, Hex>;

export type Chain = {
  url: string;
  port: number;
  anvil: ChildProcess;
  call: <T>(method: string, params?: unknown[]) => Promise<T>;
};

/** Anvil on a free port in 8600-8700 (never 8545/8555, which `pnpm dev` and the browser tests use), with the protocol
 * deployed and seeded exactly as `pnpm dev` does. */
export async function startChain(): Promise<Chain> {
  const start = 8600 + Math.floor(Math.random() * 100);
  for (let i = 0; i < 100; i++) {
    const port = 8600 + ((start - 8600 + i) % 101);
    if (!(await isPortFree(port))) continue;
    const url = `http://127.0.0.1:${port}`;
    const anvil = startAnvil(port);
    await waitForChain(url);
    await deployAndSeed(url);
    return {
      url,
      port,
      anvil,
      call: <T>(method: string, params: unknown[] = []) => rpc(url, method, params) as Promise<T>,
    };
  }
  throw new Error("No free port in 8600-8700 for anvil");
}

export async function stopChain(chain: Chain | undefined) {
  if (chain) await stopAndWait(chain.anvil);
}

/** evm_snapshot / evm_revert around each test (a snapshot is used up by its revert, so take a new one). */
export function snapshots(chain: () => Chain) {
  let id: string | null = null;
  return {
    async take() {
      id = await chain().call<string>("evm_snapshot");
    },
    async restore() {
      if (id) await chain().call("evm_revert", [id]);
      await chain().call("evm_setAutomine", [true]);
      id = await chain().call<string>("evm_snapshot");
    },
  };
}

export async function advance(chain: Chain, seconds: number | bigint) {
  await chain.call("evm_increaseTime", [Number(seconds)]);
  await chain.call("evm_mine");
}

export async function chainTime(chain: Chain): Promise<bigint> {
  const block = await chain.call<{ timestamp: Hex }>("eth_getBlockByNumber", ["latest", false]);
  return BigInt(block.timestamp);
}

export function testConfig(chain: Chain, env: Record<string, string> = {}): Config {
  return parseConfig({
    RPC_URL: chain.url,
    CHAIN_ID: "31337",
    KEEPER_PRIVATE_KEY: KEYS.one,
    KEEPER_INTERVAL_MS: "500",
    KEEPER_RECEIPT_TIMEOUT_MS: "5000",
    ...env,
  });
}

/** Collects the keeper's log events (the tests read them instead of stdout). */
export function memoryLogger() {
  const events: Array<{ level: Level; event: string } & Fields> = [];
  return {
    events,
    logger: (level: Level, event: string, fields: Fields = {}) => events.push({ level, event, ...fields }),
  };
}

export function keeper(chain: Chain, env: Record<string, string> = {}, options: KeeperOptions = {}) {
  return new Keeper(testConfig(chain, env), { logger: silentLogger, ...options });
}

/** An http transport that can be pointed at a dead port and back, as an RPC outage. */
export function switchableTransport(liveUrl: string, deadUrl: string) {
  let down = false;
  const options = { retryCount: 0, timeout: 2_000 };
  const transport: Transport = (params) => {
    const live = http(liveUrl, options)(params);
    const dead = http(deadUrl, options)(params);
    return { ...live, request: (args) => (down ? dead : live).request(args) } as ReturnType<Transport>;
  };
  return {
    transport,
    setDown(value: boolean) {
      down = value;
    },
  };
}

export async function nonceOf(chain: Chain, address: string, tag = "latest"): Promise<number> {
  return Number(await chain.call<Hex>("eth_getTransactionCount", [address, tag]));
}

export async function waitUntil(check: () => Promise<boolean>, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error("waitUntil timed out");
}

/** An http transport that runs `hook` before forwarding each `eth_sendRawTransaction`: something else happens on chain
 * between the keeper's simulation and its send. */
export function beforeSend(url: string, hook: () => Promise<void>): Transport {
  return (params) => {
    const inner = http(url)(params);
    return {
      ...inner,
      request: async (args) => {
        if (args.method === "eth_sendRawTransaction") await hook();
        return inner.request(args);
      },
    } as ReturnType<Transport>;
  };
}
