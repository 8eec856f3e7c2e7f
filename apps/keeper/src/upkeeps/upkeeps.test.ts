import { parseEther } from "viem";
import { describe, expect, it } from "vitest";
import { contractsFor } from "../contracts";
import { type ChainState, LoanStatus, RequestStatus } from "../state";
import {
  allUpkeeps,
  closeAuction,
  harvest,
  liquidate,
  processRedemptions,
  rebalance,
  refreshBook,
  type UpkeepContext,
} from ".";
import { bufferDeviationBps } from "./rebalance";

const context: UpkeepContext = {
  contracts: contractsFor(31337),
  maxFills: 25,
  maxLiquidations: 2,
  harvestMin: parseEther("1"),
  rebalanceToleranceBps: 100,
};

function state(overrides: Partial<ChainState> = {}): ChainState {
  return {
    blockNumber: 100n,
    now: 1_000_000n,
    gasPrice: 1n,
    keeperBalance: parseEther("1"),
    queue: { head: 1n, nextRequestId: 1n, idleAssets: 0n, pendingShares: 0n, headRequest: null },
    vaultSupply: parseEther("1000"),
    minter: { harvestable: 0n, bufferUsdc: 100n, tBillUsdc: 900n, bufferTargetBps: 1_000n },
    bookSync: null,
    loans: { liquidatable: [], endedAuctions: [], scanned: 0 },
    ...overrides,
  };
}

const queue = (request: { status: number; eligibleAt: bigint }, idleAssets = parseEther("5")) => ({
  queue: { head: 3n, nextRequestId: 5n, idleAssets, pendingShares: 10n, headRequest: { shares: 10n, ...request } },
});

describe("due checks", () => {
  it("nothing is due in a quiet state", () => {
    for (const upkeep of allUpkeeps) expect(upkeep.isDue(state(), context)).toEqual([]);
  });

  it("processRedemptions: due when the head is pending, eligible and AID is idle", () => {
    const eligible = state(queue({ status: RequestStatus.Pending, eligibleAt: 1_000_000n }));
    const [call] = processRedemptions.isDue(eligible, context);
    expect(call).toMatchObject({ functionName: "processRedemptions", args: [25n], key: "processRedemptions:3" });
    expect(call.address).toBe(context.contracts.vault.address);

    expect(
      processRedemptions.isDue(state(queue({ status: RequestStatus.Pending, eligibleAt: 1_000_001n })), context),
    ).toEqual([]);
    expect(
      processRedemptions.isDue(state(queue({ status: RequestStatus.Pending, eligibleAt: 0n }, 0n)), context),
    ).toEqual([]);
    // A cancelled head: the fill skips it, and the simulation says whether anything behind it fills.
    expect(
      processRedemptions.isDue(state(queue({ status: RequestStatus.None, eligibleAt: 0n })), context),
    ).toHaveLength(1);
  });

  it("processRedemptions: sends only when the simulation fills something", () => {
    expect(processRedemptions.effect([0n, 0n])).toBeNull();
    expect(processRedemptions.effect([1n, 5n])).toMatch(/fills 1 request/);
  });

  it("harvest: due above the minimum only", () => {
    expect(harvest.isDue(state({ minter: { ...state().minter, harvestable: parseEther("1") } }), context)).toEqual([]);
    expect(
      harvest.isDue(state({ minter: { ...state().minter, harvestable: parseEther("1.01") } }), context),
    ).toHaveLength(1);
    expect(
      harvest.isDue(state({ vaultSupply: 0n, minter: { ...state().minter, harvestable: parseEther("9") } }), context),
    ).toEqual([]);
    expect(harvest.effect([0n, 0n])).toBeNull();
    expect(harvest.effect([2n, 1n])).not.toBeNull();
  });

  it("rebalance: due when the buffer is off target by more than the tolerance", () => {
    expect(bufferDeviationBps(100n, 900n, 1_000n)).toBe(0n);
    expect(bufferDeviationBps(1_000n, 0n, 1_000n)).toBe(9_000n);
    expect(bufferDeviationBps(0n, 0n, 1_000n)).toBe(0n);
    const at = (bufferUsdc: bigint, tBillUsdc: bigint) =>
      rebalance.isDue(state({ minter: { harvestable: 0n, bufferUsdc, tBillUsdc, bufferTargetBps: 1_000n } }), context);
    expect(at(110n, 890n)).toEqual([]); // 1% off: within the tolerance
    expect(at(111n, 889n)).toHaveLength(1);
    expect(at(80n, 920n)).toHaveLength(1);
    expect(rebalance.effect(0n)).toBeNull();
    expect(rebalance.effect(7n)).toMatch(/moves 7/);
  });

  it("refreshBook: due once the cached checkpoint's accrual end has passed while it accrues", () => {
    const at = (ratePerSecond: bigint, accrualEnd: bigint) =>
      refreshBook.isDue(state({ bookSync: { ratePerSecond, accrualEnd } }), context);
    expect(at(5n, 1_000_000n)).toEqual([]);
    expect(at(5n, 999_999n)).toHaveLength(1);
    expect(at(0n, 1n)).toEqual([]); // an empty book never goes stale
  });

  it("liquidate and closeAuction: one call a loan, up to the batch size", () => {
    const loans = { liquidatable: [2n, 7n, 9n], endedAuctions: [3n], scanned: 9 };
    const due = liquidate.isDue(state({ loans }), context);
    expect(due.map((c) => c.args)).toEqual([[2n], [7n]]);
    expect(closeAuction.isDue(state({ loans }), context).map((c) => c.key)).toEqual(["closeAuction:3"]);
    expect(LoanStatus.Liquidating).toBe(2);
  });

  it("runs liquidations before fills, so exits are priced after known losses", () => {
    const order = allUpkeeps.map((u) => u.action);
    expect(order.indexOf("liquidate")).toBeLessThan(order.indexOf("processRedemptions"));
    expect(order.indexOf("closeAuction")).toBeLessThan(order.indexOf("processRedemptions"));
  });
});
