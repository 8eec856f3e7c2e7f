import type { Server } from "node:http";
import { loanManagerAbi, loanManagerAddress, stakedAidAbi, stakedAidAddress } from "@aid/abis";
import { createPublicClient, http, type PublicClient } from "viem";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Outcome } from "../src/sender";
import { startServer } from "../src/server";
import { LoanStatus } from "../src/state";
import {
  closeAuction,
  harvest,
  liquidate,
  processRedemptions,
  rebalance,
  refreshBook,
  type Upkeep,
} from "../src/upkeeps";
import {
  advance,
  beforeSend,
  type Chain,
  chainTime,
  KEYS,
  keeper,
  memoryLogger,
  nonceOf,
  snapshots,
  startChain,
  stopChain,
  switchableTransport,
  waitUntil,
} from "./chain";

let chain: Chain;
let client: PublicClient;
const snapshot = snapshots(() => chain);
const vault = { address: stakedAidAddress[31337], abi: stakedAidAbi } as const;
const loans = { address: loanManagerAddress[31337], abi: loanManagerAbi } as const;
const KEEPER_ONE = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";

beforeAll(async () => {
  chain = await startChain();
  client = createPublicClient({ transport: http(chain.url) });
  await snapshot.take();
});
afterAll(() => stopChain(chain));
beforeEach(() => snapshot.restore());

const sent = (outcomes: Outcome[]) => outcomes.filter((o) => o.outcome === "sent").map((o) => o.key);
const loan = (id: bigint) => client.readContract({ ...loans, functionName: "loan", args: [id] });
const vaultState = () => client.readContract({ ...vault, functionName: "vaultState" });

/** Moves the chain's clock to just after `timestamp`. */
async function passTime(timestamp: bigint) {
  const now = await chainTime(chain);
  if (timestamp >= now) await advance(chain, timestamp - now + 1n);
}

describe("keeper on a seeded local chain", () => {
  it("right after the seed only the rebalance is due; it is sent once", async () => {
    const k = keeper(chain);
    const first = await k.tick();
    expect(first.ok).toBe(true);
    expect(sent(first.outcomes)).toEqual(["rebalance"]);
    const second = await k.tick();
    expect(second.ok).toBe(true);
    expect(sent(second.outcomes)).toEqual([]);
    expect(await nonceOf(chain, KEEPER_ONE)).toBe(1);
  });

  it("fills the exit request once, and only once it is eligible", async () => {
    const k = keeper(chain, {}, { upkeeps: [processRedemptions] });
    const { queueHead } = await vaultState();
    const request = await client.readContract({ ...vault, functionName: "getRequest", args: [queueHead] });
    expect(request.status).toBe(1);

    expect((await k.tick()).outcomes).toEqual([]); // still in its cooldown: not even simulated
    await passTime(request.eligibleAt);
    expect(sent((await k.tick()).outcomes)).toEqual([`processRedemptions:${queueHead}`]);
    expect((await vaultState()).queueHead).toBe(queueHead + 1n);
    expect(sent((await k.tick()).outcomes)).toEqual([]);
    expect(await nonceOf(chain, KEEPER_ONE)).toBe(1);
  });

  it("closes the unsold auction once it ended, and liquidates the late loan once its grace has passed", async () => {
    const k = keeper(chain, {}, { upkeeps: [liquidate, closeAuction] });
    const late = await loan(2n);
    const auction = await loan(3n);
    expect(late.status).toBe(LoanStatus.Active);
    expect(auction.status).toBe(LoanStatus.Liquidating);
    // The seed's auction (72 h) ends before the late loan's grace does.
    expect(auction.auctionEnd).toBeLessThan(late.deadline);
    expect((await k.tick()).outcomes).toEqual([]);

    await passTime(auction.auctionEnd);
    expect(sent((await k.tick()).outcomes)).toEqual(["closeAuction:3"]);
    expect((await loan(3n)).status).toBe(LoanStatus.WrittenOff);
    expect(sent((await k.tick()).outcomes)).toEqual([]);

    await passTime(late.deadline);
    expect(sent((await k.tick()).outcomes)).toEqual(["liquidate:2"]);
    expect((await loan(2n)).status).toBe(LoanStatus.Liquidating);
    expect(sent((await k.tick()).outcomes)).toEqual([]);
    expect(await nonceOf(chain, KEEPER_ONE)).toBe(2);
  });

  it("refreshes the vault's book once its cached checkpoint stops accruing", async () => {
    const k = keeper(chain, {}, { upkeeps: [refreshBook] });
    expect((await k.tick()).outcomes).toEqual([]);
    const { accrualEnd } = await client.readContract({ ...loans, functionName: "managerState" });
    await passTime(accrualEnd);
    expect(sent((await k.tick()).outcomes)).toEqual(["refreshBook"]);
    expect(sent((await k.tick()).outcomes)).toEqual([]);
    expect(await nonceOf(chain, KEEPER_ONE)).toBe(1);
  });

  it("harvests the T-bill yield once it exceeds the minimum", async () => {
    const k = keeper(chain, { KEEPER_HARVEST_MIN_AID: "10" }, { upkeeps: [harvest, rebalance] });
    expect(sent((await k.tick()).outcomes)).toEqual(["rebalance"]); // the reserve into T-bills; nothing to harvest yet
    await advance(chain, 30 * 24 * 3600);
    const report = await k.tick();
    expect(sent(report.outcomes)).toContain("harvest");
    expect(sent((await k.tick()).outcomes)).toEqual([]);
  });

  it("does not send when the simulation shows nothing to do, even if the due check says yes", async () => {
    const { events, logger } = memoryLogger();
    const alwaysFill: Upkeep = { ...processRedemptions, isDue: (_state, c) => [fill(c.contracts.vault)] };
    const alwaysLiquidate: Upkeep = {
      ...liquidate,
      isDue: (_state, c) => [
        {
          action: "liquidate",
          key: "liquidate:1",
          reason: "test",
          ...c.contracts.loans,
          functionName: "liquidate",
          args: [1n],
        },
      ],
    };
    const k = keeper(chain, {}, { upkeeps: [alwaysFill, alwaysLiquidate], logger });
    const report = await k.tick();
    expect(report.outcomes.map((o) => (o.outcome === "skipped" ? o.reason : o.outcome))).toEqual([
      "nothing_to_do", // the request is still in its cooldown: the simulation fills 0
      "nothing_to_do", // loan 1 performs: the simulation reverts NotLiquidatable
    ]);
    expect(events.find((e) => e.event === "action_skipped" && e.revert === "NotLiquidatable")).toBeDefined();
    expect(await nonceOf(chain, KEEPER_ONE)).toBe(0);
    expect(await k.metrics.registry.getSingleMetricAsString("keeper_actions_skipped_total")).toMatch(
      /action="liquidate",reason="nothing_to_do"} 1/,
    );
  });

  it("dry run: logs what it would send and sends nothing", async () => {
    const { events, logger } = memoryLogger();
    const k = keeper(chain, { KEEPER_DRY_RUN: "true" }, { logger });
    await passTime((await loan(2n)).deadline);
    const report = await k.tick();
    const wouldSend = events.filter((e) => e.event === "action_skipped" && e.reason === "dry_run").map((e) => e.action);
    expect(wouldSend).toEqual(
      expect.arrayContaining(["liquidate:2", "closeAuction:3", "processRedemptions:1", "rebalance"]),
    );
    expect(sent(report.outcomes)).toEqual([]);
    expect(await nonceOf(chain, KEEPER_ONE)).toBe(0);
  });

  it("skips sending above the gas price ceiling, and counts it", async () => {
    const k = keeper(chain, { KEEPER_MAX_GAS_PRICE_GWEI: "0.000000001" }, { upkeeps: [rebalance] });
    const report = await k.tick();
    expect(report.outcomes).toMatchObject([{ outcome: "skipped", reason: "gas_price" }]);
    expect(await nonceOf(chain, KEEPER_ONE)).toBe(0);
    expect(await k.metrics.registry.getSingleMetricAsString("keeper_actions_skipped_total")).toMatch(
      /reason="gas_price"} 1/,
    );
  });

  it("raises the balance alarm below the minimum", async () => {
    const { events, logger } = memoryLogger();
    const k = keeper(chain, { KEEPER_MIN_BALANCE_ETH: "1000000" }, { upkeeps: [], logger });
    await k.tick();
    expect(events.filter((e) => e.event === "balance_low")).toHaveLength(1);
    expect(await k.metrics.registry.getSingleMetricAsString("keeper_balance_below_minimum")).toMatch(/ 1$/m);
  });

  it("a restart while a transaction is pending does not send it again", async () => {
    await chain.call("evm_setAutomine", [false]);
    const before = keeper(chain, { KEEPER_RECEIPT_TIMEOUT_MS: "1000" }, { upkeeps: [rebalance] });
    const first = await before.tick();
    expect(first.outcomes).toMatchObject([{ key: "rebalance", outcome: "sent", status: "unconfirmed" }]);
    await before.stop();

    const after = keeper(chain, { KEEPER_RECEIPT_TIMEOUT_MS: "1000" }, { upkeeps: [rebalance] });
    const whilePending = await after.tick();
    expect(whilePending.outcomes).toMatchObject([{ key: "rebalance", outcome: "skipped", reason: "in_flight" }]);
    await chain.call("evm_mine");
    expect(sent((await after.tick()).outcomes)).toEqual([]);
    expect(await nonceOf(chain, KEEPER_ONE)).toBe(1);
  });

  it("two keepers on one key, side by side, send each action once between them", async () => {
    await passTime((await loan(2n)).deadline); // everything is due: liquidation, auction close, exit fill, rebalance
    const a = keeper(chain);
    const b = keeper(chain);
    const outcomes: Outcome[] = [];
    for (let round = 0; round < 3; round++) {
      const [ra, rb] = await Promise.all([a.tick(), b.tick()]);
      expect(ra.ok && rb.ok).toBe(true);
      outcomes.push(...ra.outcomes, ...rb.outcomes);
    }
    const keys = sent(outcomes);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toEqual(
      expect.arrayContaining(["liquidate:2", "closeAuction:3", "processRedemptions:1", "rebalance"]),
    );
    expect(outcomes.filter((o) => o.outcome === "failed")).toEqual([]);
    expect(await nonceOf(chain, KEEPER_ONE)).toBe(keys.length);
  });

  it("a reverting transaction is counted and the keeper keeps going", async () => {
    // Another keeper (on another key) liquidates between this keeper's simulation and its send: its transaction reverts.
    await passTime((await loan(2n)).deadline);
    const other = keeper(chain, { KEEPER_PRIVATE_KEY: KEYS.three }, { upkeeps: [liquidate] });
    let otherReport: Awaited<ReturnType<typeof other.tick>> | undefined;
    const k = keeper(
      chain,
      {},
      {
        upkeeps: [liquidate],
        transport: beforeSend(chain.url, async () => {
          otherReport ??= await other.tick();
        }),
      },
    );
    const report = await k.tick();
    expect(otherReport?.outcomes).toMatchObject([{ key: "liquidate:2", outcome: "sent", status: "success" }]);
    expect(report.ok).toBe(true);
    expect(report.outcomes).toMatchObject([{ key: "liquidate:2", outcome: "sent", status: "reverted" }]);
    expect(await k.metrics.registry.getSingleMetricAsString("keeper_actions_failed_total")).toMatch(
      /action="liquidate",reason="reverted"} 1/,
    );
    const next = await k.tick();
    expect(next.ok).toBe(true);
    expect(next.outcomes).toEqual([]);
  });

  it("an RPC outage leaves it running, reported in /health and /metrics, and it recovers", async () => {
    const rpc = switchableTransport(chain.url, "http://127.0.0.1:9"); // port 9 (discard): nothing listens
    const k = keeper(
      chain,
      { KEEPER_INTERVAL_MS: "500", KEEPER_HEALTH_MAX_AGE_MS: "60000" },
      { transport: rpc.transport, upkeeps: [] },
    );
    let server: Server | undefined;
    try {
      server = await startServer(k, 0, "127.0.0.1");
      const address = server.address();
      const base = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
      expect((await fetch(`${base}/health`)).status).toBe(503); // no tick yet

      k.start();
      await waitUntil(async () => k.lastSuccessAt !== null);
      const healthy = await fetch(`${base}/health`);
      expect(healthy.status).toBe(200);
      expect(await healthy.json()).toMatchObject({ status: "ok", rpc: "up" });

      rpc.setDown(true);
      await waitUntil(async () => !k.rpcUp);
      const down = await fetch(`${base}/health`);
      expect(down.status).toBe(503);
      expect(await down.json()).toMatchObject({ rpc: "down" });
      const metrics = await (await fetch(`${base}/metrics`)).text();
      expect(metrics).toMatch(/keeper_ticks_total\{outcome="error"} [1-9]/);
      expect(metrics).toMatch(/keeper_rpc_up 0/);

      rpc.setDown(false);
      const okTicks = async () =>
        Number(
          (await k.metrics.registry.getSingleMetricAsString("keeper_ticks_total")).match(/outcome="ok"} (\d+)/)?.[1],
        );
      const before = await okTicks();
      await waitUntil(async () => (await okTicks()) > before);
      expect((await fetch(`${base}/health`)).status).toBe(200);
      const after = await (await fetch(`${base}/metrics`)).text();
      expect(after).toMatch(/keeper_rpc_up 1/);
      expect(after).toMatch(/keeper_exit_queue_head 1/);
      expect(after).toMatch(/keeper_liquidatable_loans 0/);
    } finally {
      await k.stop();
      server?.close();
    }
  });
});

function fill(target: { address: `0x${string}`; abi: typeof stakedAidAbi }) {
  return {
    action: "processRedemptions" as const,
    key: "processRedemptions:forced",
    reason: "test",
    ...target,
    functionName: "processRedemptions",
    args: [25n],
  };
}
