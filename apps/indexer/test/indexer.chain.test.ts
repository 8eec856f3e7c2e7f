import {
  aidAddress,
  aidMinterAbi,
  aidMinterAddress,
  gpuTitleRegistryAddress,
  loanManagerAddress,
  stakedAidAbi,
  stakedAidAddress,
} from "@aid/abis";
import { rpc } from "@aid/devtools/local-chain";
import { createPublicClient, createWalletClient, type Hex, http, type PublicClient } from "viem";
import { mnemonicToAccount } from "viem/accounts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type Chain,
  freePort,
  headNumber,
  type Indexer,
  rows,
  startChain,
  startIndexer,
  stopChain,
  tempDir,
  waitIndexed,
} from "./harness";
import { createCluster } from "./postgres";
import { reconcile, snapshot } from "./reconcile";
import { MNEMONIC, runScenario, type ScenarioResult } from "./scenario";

const SEED = Number(process.env.SCENARIO_SEED ?? 14);
const C = 31337;

let chain: Chain | undefined;
let indexer: Indexer | undefined;
let scenario: ScenarioResult;
const pglite = tempDir("aid-indexer-");
const pgliteDir = `${pglite.dir}/pglite`;
let indexerPort: number;

beforeAll(async () => {
  const chainPort = await freePort();
  indexerPort = await freePort([chainPort]);
  let t = Date.now();
  const lap = (what: string) => {
    console.log(`${what}: ${((Date.now() - t) / 1000).toFixed(1)} s`);
    t = Date.now();
  };
  chain = await startChain(chainPort);
  lap("anvil, deploy and seed");
  scenario = await runScenario(chain.url, SEED, 300);
  lap(`scenario (${scenario.actions} transactions after the setup, ${scenario.attempted} attempts)`);
  // Started after the scenario: run beside the browser tests on two cores, an indexer polling anvil while the
  // scenario sends made the scenario many times slower (a 240 s timeout in CI). It catches up from the deploy block.
  indexer = startIndexer({ rpcUrl: chain.url, port: indexerPort, pgliteDir });
  await waitIndexed(indexer, chain.url);
  lap("indexer caught up");
  // Generous: in the README's test command this runs beside the browser tests and the deep invariants on two cores.
}, 900_000);

afterAll(async () => {
  await indexer?.stop();
  await stopChain(chain);
  pglite.remove();
});

const ch = () => {
  if (!chain) throw new Error("no chain");
  return chain;
};
const ix = () => {
  if (!indexer) throw new Error("no indexer");
  return indexer;
};

/** Block hashes of the chain for the given numbers. */
async function hashes(url: string, numbers: Iterable<string>) {
  const out = new Map<string, string>();
  for (const n of new Set(numbers)) {
    const block = (await rpc(url, "eth_getBlockByNumber", [`0x${BigInt(n).toString(16)}`, false])) as {
      hash: string;
    } | null;
    out.set(n, block?.hash ?? "missing");
  }
  return out;
}

/** Every raw event row lies on the chain as it is now: its block hash is the chain's hash at that height. */
async function expectRowsOnChain(url: string, events: Array<Record<string, unknown>>) {
  const onChain = await hashes(
    url,
    events.map((e) => String(e.blockNumber)),
  );
  const orphaned = events.filter((e) => onChain.get(String(e.blockNumber)) !== e.blockHash);
  expect(orphaned).toEqual([]);
}

describe("indexer on a seeded local chain", () => {
  it("reconciles with the chain after a seeded random scenario of 300+ actions", async () => {
    expect(scenario.actions).toBeGreaterThanOrEqual(300);
    for (const kind of [
      "mint",
      "stake",
      "request_exit",
      "process_exits",
      "claim",
      "list_title",
      "appraise",
      "open_loan",
      "repay",
      "liquidate",
      "bid",
    ]) {
      expect(scenario.byKind[kind] ?? 0, kind).toBeGreaterThan(0);
    }
    const result = await reconcile(ix(), ch().url, scenario.actors);
    expect(result.loans).toBeGreaterThan(5);
    expect(result.exitRequests).toBeGreaterThan(1);
    await expectRowsOnChain(ch().url, result.data.events);
    console.log(
      `scenario ${JSON.stringify(scenario.byKind)}; reconciled ${JSON.stringify({ ...result, data: undefined })}`,
    );
  });

  it("removes the rows of orphaned blocks after a reorg", async () => {
    const url = ch().url;
    const client = createPublicClient({ transport: http(url) }) as PublicClient;
    const [, , two, three] = [0, 1, 2, 3].map((i) =>
      createWalletClient({ account: mnemonicToAccount(MNEMONIC, { addressIndex: i }), transport: http(url) }),
    );
    const snap = (await rpc(url, "evm_snapshot")) as string;
    // The branch to be orphaned: a mint by account 2, then two empty blocks.
    const hash = await two.writeContract({
      address: aidMinterAddress[C],
      abi: aidMinterAbi,
      functionName: "mint",
      args: [1_234n * 10n ** 6n, two.account.address],
      chain: null,
    });
    const orphan = await client.waitForTransactionReceipt({ hash });
    for (let i = 0; i < 2; i++) await rpc(url, "evm_mine");
    await waitIndexed(ix(), url);
    const before = await rows(ix(), "events", "id blockNumber blockHash", "id");
    expect(before.some((e) => e.blockHash === orphan.blockHash)).toBe(true);

    // The canonical branch: a stake by account 3 at the same height, and a longer chain.
    await rpc(url, "evm_revert", [snap]);
    const staked = await three.writeContract({
      address: stakedAidAddress[C],
      abi: stakedAidAbi,
      functionName: "deposit",
      args: [10n ** 18n, three.account.address],
      chain: null,
    });
    const kept = await client.waitForTransactionReceipt({ hash: staked });
    expect(kept.blockNumber).toBe(orphan.blockNumber);
    expect(kept.blockHash).not.toBe(orphan.blockHash);
    for (let i = 0; i < 5; i++) await rpc(url, "evm_mine");
    await waitIndexed(ix(), url);
    const deadline = Date.now() + 20_000;
    let after = await rows(ix(), "events", "id blockNumber blockHash txHash", "id");
    while (after.some((e) => e.blockHash === orphan.blockHash) && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 250));
      after = await rows(ix(), "events", "id blockNumber blockHash txHash", "id");
    }
    expect(after.filter((e) => e.blockHash === orphan.blockHash)).toEqual([]);
    expect(after.some((e) => e.txHash === staked)).toBe(true);
    await expectRowsOnChain(url, after);
    const activity = await rows(ix(), "activitys", "id kind blockNumber", "id");
    expect(activity.filter((a) => a.blockNumber === String(orphan.blockNumber)).map((a) => a.kind)).not.toContain(
      "mint",
    );
    await reconcile(ix(), url, scenario.actors, 4);
  });

  it("gets the same rows on PostgreSQL as on PGlite, and they reconcile with the chain", async () => {
    const pgPort = await freePort([ch().port, indexerPort]);
    const cluster = createCluster(pgPort);
    const pgIndexer = startIndexer({
      rpcUrl: ch().url,
      port: await freePort([ch().port, indexerPort, pgPort]),
      databaseUrl: cluster.url,
      schema: "aid_test",
    });
    try {
      const head = await headNumber(ch().url);
      await waitIndexed(pgIndexer, ch().url, head, 400_000);
      await waitIndexed(ix(), ch().url, head);
      const [onPg, onPglite] = [await snapshot(pgIndexer), await snapshot(ix())];
      for (const table of Object.keys(onPglite)) expect(onPg[table], table).toEqual(onPglite[table]);
      await reconcile(pgIndexer, ch().url, scenario.actors, 6);
    } finally {
      await pgIndexer.stop();
      cluster.drop();
    }
  }, 600_000);

  it("a restart on a fresh chain shows only the new chain's rows; on the same chain it resumes", async () => {
    const port = ch().port;
    const old = await rows(ix(), "events", "id blockHash", "id");
    expect(old.length).toBeGreaterThan(300);
    await ix().stop();
    await stopChain(chain);
    // A new anvil on the same port, with the protocol deployed at the same addresses but no demo data.
    chain = await startChain(port, { seed: false });
    indexer = startIndexer({ rpcUrl: chain.url, port: indexerPort, pgliteDir });
    await waitIndexed(indexer, chain.url);
    expect(indexer.output.join("")).toContain("a new chain: the previous chain's database was wiped");
    const fresh = await rows(indexer, "events", "id blockNumber blockHash", "id");
    await expectRowsOnChain(chain.url, fresh);
    const logs = (await rpc(chain.url, "eth_getLogs", [{ fromBlock: "0x0", toBlock: "latest" }])) as Array<{
      address: Hex;
    }>;
    const indexed = new Set(
      [aidAddress, aidMinterAddress, gpuTitleRegistryAddress, loanManagerAddress, stakedAidAddress].map((a) =>
        a[C].toLowerCase(),
      ),
    );
    expect(fresh.length).toBe(logs.filter((l) => indexed.has(l.address.toLowerCase())).length);
    expect(await rows(indexer, "loans", "id", "id")).toEqual([]);
    expect(await rows(indexer, "titles", "id", "id")).toEqual([]);

    // A restart on the same chain keeps the database.
    await indexer.stop();
    indexer = startIndexer({ rpcUrl: chain.url, port: indexerPort, pgliteDir });
    await waitIndexed(indexer, chain.url);
    expect(indexer.output.join("")).toContain("same chain as last time, resuming");
    expect(await rows(indexer, "events", "id blockNumber blockHash", "id")).toEqual(fresh);
  }, 600_000);
});
