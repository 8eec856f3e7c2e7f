import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  deploy,
  deployAndSeed,
  isPortFree,
  rpc,
  startAnvil,
  stopAndWait,
  waitFor,
  waitForChain,
} from "@aid/devtools/local-chain";

const APP = join(import.meta.dirname, "..");

/** A free port in 8700-8800 (never 8545/8555 or the keeper's 8600-8700). */
export async function freePort(taken: number[] = []): Promise<number> {
  const start = Math.floor(Math.random() * 100);
  for (let i = 0; i <= 100; i++) {
    const port = 8700 + ((start + i) % 101);
    if (!taken.includes(port) && (await isPortFree(port))) return port;
  }
  throw new Error("No free port in 8700-8800");
}

export type Chain = { url: string; port: number; anvil: ChildProcess };

/** Anvil deployed and seeded exactly as `pnpm dev` does (`seed: false`: deployed only). */
export async function startChain(port: number, { seed = true } = {}): Promise<Chain> {
  const url = `http://127.0.0.1:${port}`;
  const anvil = startAnvil(port);
  await waitForChain(url);
  if (seed) await deployAndSeed(url);
  else deploy(url);
  return { url, port, anvil };
}

export const stopChain = (chain: Chain | undefined) => (chain ? stopAndWait(chain.anvil) : Promise.resolve());

export type Indexer = {
  url: string;
  output: string[];
  process: ChildProcess;
  stop: () => Promise<void>;
};

/** The indexer as production runs it (`scripts/start.mjs start`: chain check, then `ponder start --schema`). */
export function startIndexer(options: {
  rpcUrl: string;
  port: number;
  pgliteDir?: string;
  databaseUrl?: string;
  schema?: string;
}): Indexer {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    RPC_URL: options.rpcUrl,
    CHAIN_ID: "31337",
    PORT: String(options.port),
    DATABASE_SCHEMA: options.schema ?? "aid",
    PONDER_POLLING_MS: "200",
    RPC_LANES: "8",
    PONDER_TELEMETRY_DISABLED: "true",
    PONDER_LOG_LEVEL: "warn",
  };
  delete env.DATABASE_URL;
  if (options.databaseUrl) env.DATABASE_URL = options.databaseUrl;
  if (options.pgliteDir) env.PONDER_PGLITE_DIR = options.pgliteDir;
  const child = spawn(process.execPath, ["scripts/start.mjs", "start", "--log-level", "warn"], {
    cwd: APP,
    env,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const output: string[] = [];
  child.stdout?.on("data", (d) => output.push(String(d)));
  child.stderr?.on("data", (d) => output.push(String(d)));
  return {
    url: `http://127.0.0.1:${options.port}`,
    output,
    process: child,
    stop: () => stopAndWait(child, 10_000),
  };
}

export function tempDir(prefix: string) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export async function headNumber(url: string): Promise<bigint> {
  return BigInt((await rpc(url, "eth_blockNumber")) as string);
}

/** Waits until the indexer is ready and has indexed `block` (the chain head by default). */
export async function waitIndexed(indexer: Indexer, chainUrl: string, block?: bigint, timeoutMs = 300_000) {
  const target = block ?? (await headNumber(chainUrl));
  await waitFor(
    async () => {
      if (indexer.process.exitCode !== null) throw new Error(`indexer exited:\n${indexer.output.join("")}`);
      const ready = await fetch(`${indexer.url}/ready`);
      if (!ready.ok) return false;
      const status = (await (await fetch(`${indexer.url}/status`)).json()) as Record<
        string,
        { block: { number: number } }
      >;
      return BigInt(status.local?.block.number ?? -1) >= target;
    },
    {
      timeoutMs,
      intervalMs: 250,
      what: `the indexer to reach block ${target}\n${indexer.output.join("").slice(-3000)}`,
    },
  );
  if (indexer.process.exitCode !== null) throw new Error(`indexer exited:\n${indexer.output.join("")}`);
}

/** Every row of a table through the GraphQL API, paged (1,000 a page), in primary key order. */
export async function rows<T = Record<string, unknown>>(
  indexer: Indexer,
  plural: string,
  fields: string,
  orderBy: string,
): Promise<T[]> {
  const all: T[] = [];
  let after: string | null = null;
  for (;;) {
    const query = `query($after: String) { ${plural}(limit: 1000, orderBy: "${orderBy}", orderDirection: "asc", after: $after) { items { ${fields} } pageInfo { hasNextPage endCursor } } }`;
    const response = await fetch(`${indexer.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query, variables: { after } }),
    });
    const body = (await response.json()) as {
      data?: Record<string, { items: T[]; pageInfo: { hasNextPage: boolean; endCursor: string } }>;
      errors?: unknown;
    };
    if (!body.data) throw new Error(`GraphQL ${plural}: ${JSON.stringify(body.errors)}`);
    const page = body.data[plural];
    all.push(...page.items);
    if (!page.pageInfo.hasNextPage) return all;
    after = page.pageInfo.endCursor;
  }
}
