import type { Address } from "viem";
import type { AccountEvent } from "@/features/activity/events";
import { sharesToAssets } from "@/lib/apy";
import { BPS } from "@/lib/units";

const same = (a: Address, b: Address) => a.toLowerCase() === b.toLowerCase();

/**
 * An exit request of the account as its events tell it: `filled` sums its fills so far (a request may be filled in
 * parts); `closed` ones were wholly filled (their AID joins the account's one claimable balance) or cancelled (the
 * still-pending sAID came back).
 */
export type RequestHistory = {
  requestId: bigint;
  block: bigint;
  shares: bigint;
  filled?: { shares: bigint; assets: bigint };
  closed?: { kind: "filled" } | { kind: "cancelled"; shares: bigint };
};

/** The account's exit requests (those it controls), newest first, from its events. */
export function requestHistory(events: readonly AccountEvent[], account: Address): RequestHistory[] {
  const byId = new Map<bigint, RequestHistory>();
  const oldestFirst = [...events].reverse();
  for (const e of oldestFirst) {
    if (e.kind === "exitRequested" && same(e.controller, account)) {
      byId.set(e.requestId, { requestId: e.requestId, block: e.block, shares: e.shares });
    }
  }
  for (const e of oldestFirst) {
    const request =
      "requestId" in e && "controller" in e && same(e.controller, account) ? byId.get(e.requestId) : undefined;
    if (!request) continue;
    if (e.kind === "exitFilled") {
      request.filled = {
        shares: (request.filled?.shares ?? 0n) + e.shares,
        assets: (request.filled?.assets ?? 0n) + e.assets,
      };
      if (e.sharesLeft === 0n) request.closed = { kind: "filled" };
    }
    if (e.kind === "exitCancelled") request.closed = { kind: "cancelled", shares: e.shares };
  }
  return [...byId.values()].sort((a, b) => (a.requestId > b.requestId ? -1 : 1));
}

/** How much of a pending request is filled, in basis points of the shares it held (filled + still pending). */
export function filledBps(filledShares: bigint, pendingShares: bigint): bigint {
  const total = filledShares + pendingShares;
  return total === 0n ? 0n : (filledShares * BPS) / total;
}

export type YieldInputs = {
  /** sAID held in the wallet, and escrowed in the account's pending exit requests. */
  shares: bigint;
  pendingShares: bigint;
  totalAssets: bigint;
  totalSupply: bigint;
};

export type YieldEarned = { deposited: bigint; filled: bigint; valueNow: bigint; earned: bigint };

/**
 * Yield earned = value now + AID paid out by filled exits - AID deposited, where
 * - value now = (sAID held + sAID in pending exit requests) at today's share price (the vault's convertToAssets),
 * - AID paid out = the AID of the account's exit fills, whole or partial (claimed or still to claim),
 * - AID deposited = the AID of every stake whose shares went to the account.
 * sAID received or sent by plain transfer is not a deposit or an exit, so such transfers make this figure wrong.
 */
export function yieldEarned(events: readonly AccountEvent[], account: Address, position: YieldInputs): YieldEarned {
  let deposited = 0n;
  let filled = 0n;
  for (const e of events) {
    if (e.kind === "staked" && same(e.owner, account)) deposited += e.assets;
    if (e.kind === "exitFilled" && same(e.controller, account)) filled += e.assets;
  }
  const valueNow = sharesToAssets(position.shares + position.pendingShares, position.totalAssets, position.totalSupply);
  return { deposited, filled, valueNow, earned: valueNow + filled - deposited };
}

/**
 * Shares a deposit of `assets` mints, as StakedAID.previewDeposit computes it (rounded down): deposits are priced at
 * the deposit value `depositAssets` (no impairment deducted), not at the exit price `totalAssets`.
 */
export function previewStake(assets: bigint, depositAssets: bigint, totalSupply: bigint, deadShares = 1_000_000n) {
  const shares = (assets * (totalSupply + 1n)) / (depositAssets + 1n);
  if (totalSupply !== 0n) return shares;
  return shares > deadShares ? shares - deadShares : 0n;
}

/** The smallest deposit that mints at least one share once the vault has shares (at the deposit price). */
export function minimumStake(depositAssets: bigint, totalSupply: bigint) {
  return (depositAssets + 1n + totalSupply) / (totalSupply + 1n);
}

/** How far below the previewed shares a stake may land before it reverts (`deposit`'s `minShares`): 0.5%. */
export const STAKE_SLIPPAGE_BPS = 50n;

/** The `minShares` of a stake previewed at `shares`: the preview less the tolerance, rounded down. */
export function minimumReceived(shares: bigint, toleranceBps: bigint = STAKE_SLIPPAGE_BPS): bigint {
  return (shares * (BPS - toleranceBps)) / BPS;
}
