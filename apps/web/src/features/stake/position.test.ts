import type { Address, Hash } from "viem";
import { describe, expect, it } from "vitest";
import type { AccountEvent } from "@/features/activity/events";
import { filledBps, minimumReceived, minimumStake, previewStake, requestHistory, yieldEarned } from "./position";

const me: Address = "0x00000000000000000000000000000000000000a1";
const other: Address = "0x00000000000000000000000000000000000000b2";
const tx = (n: number) => `0x${n.toString(16).padStart(64, "0")}` as Hash;
const E18 = 10n ** 18n;

// Newest first, as useAccountEvents returns them.
const events: AccountEvent[] = [
  { kind: "exitCancelled", block: 16n, logIndex: 0, tx: tx(7), controller: me, requestId: 5n, shares: 10n * E18 },
  {
    kind: "exitRequested",
    block: 15n,
    logIndex: 0,
    tx: tx(6),
    controller: me,
    owner: me,
    requestId: 6n,
    shares: 20n * E18,
  },
  {
    kind: "exitRequested",
    block: 14n,
    logIndex: 0,
    tx: tx(5),
    controller: me,
    owner: me,
    requestId: 5n,
    shares: 10n * E18,
  },
  {
    kind: "exitClaimed",
    block: 13n,
    logIndex: 0,
    tx: tx(4),
    sender: me,
    receiver: me,
    owner: me,
    assets: 41n * E18,
    shares: 40n * E18,
  },
  {
    kind: "exitFilled",
    block: 12n,
    logIndex: 1,
    tx: tx(3),
    controller: me,
    requestId: 2n,
    shares: 15n * E18,
    assets: 15_375n * 10n ** 15n,
    sharesLeft: 0n,
  },
  {
    kind: "exitFilled",
    block: 12n,
    logIndex: 0,
    tx: tx(8),
    controller: me,
    requestId: 2n,
    shares: 25n * E18,
    assets: 25_625n * 10n ** 15n,
    sharesLeft: 15n * E18,
  },
  {
    kind: "exitRequested",
    block: 11n,
    logIndex: 0,
    tx: tx(2),
    controller: me,
    owner: me,
    requestId: 2n,
    shares: 40n * E18,
  },
  {
    kind: "exitRequested",
    block: 11n,
    logIndex: 1,
    tx: tx(2),
    controller: other,
    owner: me,
    requestId: 3n,
    shares: 1n * E18,
  },
  { kind: "staked", block: 10n, logIndex: 0, tx: tx(1), sender: me, owner: me, assets: 100n * E18, shares: 100n * E18 },
  { kind: "staked", block: 9n, logIndex: 0, tx: tx(0), sender: me, owner: other, assets: 7n * E18, shares: 7n * E18 },
];

describe("requestHistory", () => {
  it("lists the requests the account controls, newest first, with how each ended", () => {
    const history = requestHistory(events, me);
    expect(history.map((r) => r.requestId)).toEqual([6n, 5n, 2n]);
    expect(history[0].closed).toBeUndefined();
    expect(history[1].closed).toEqual({ kind: "cancelled", shares: 10n * E18 });
    // Filled in two parts: the first left 15 sAID pending, the second closed it.
    expect(history[2]).toMatchObject({ filled: { shares: 40n * E18, assets: 41n * E18 }, closed: { kind: "filled" } });
  });

  it("keeps a partly filled request open, with what is filled so far", () => {
    const partial = requestHistory(events.slice(5), me).find((r) => r.requestId === 2n);
    expect(partial).toMatchObject({ filled: { shares: 25n * E18, assets: 25_625n * 10n ** 15n } });
    expect(partial?.closed).toBeUndefined();
    expect(filledBps(25n * E18, 15n * E18)).toBe(6_250n);
    expect(filledBps(0n, 0n)).toBe(0n);
  });
});

describe("yieldEarned", () => {
  it("is value now + AID paid out by filled exits - AID staked", () => {
    // 100 staked (the 7 staked for someone else does not count); 40 sAID exited for 41 AID; 60 sAID left
    // (20 of them queued) at a price of 1.05.
    const result = yieldEarned(events, me, {
      shares: 40n * E18,
      pendingShares: 20n * E18,
      totalAssets: 1_050n * E18 - 1n,
      totalSupply: 1_000n * E18 - 1n,
    });
    expect(result.deposited).toBe(100n * E18);
    expect(result.filled).toBe(41n * E18);
    expect(result.valueNow).toBe(63n * E18);
    expect(result.earned).toBe(4n * E18);
  });
});

describe("stake previews", () => {
  it("mints shares at the vault's price, rounded down", () => {
    expect(previewStake(105n * E18, 1_050n * E18 - 1n, 1_000n * E18 - 1n)).toBe(100n * E18);
    expect(previewStake(E18, 0n, 0n)).toBe(E18 - 1_000_000n);
  });

  it("prices a stake at the deposit value, above the exit price while a loan is impaired", () => {
    // Exit value 1,000 (after a 50 AID impairment), deposit value 1,050: the stake buys at 1.05, not 1.00.
    expect(previewStake(105n * E18, 1_050n * E18 - 1n, 1_000n * E18 - 1n)).toBe(100n * E18);
  });

  it("accepts at most 0.5% fewer shares than previewed", () => {
    expect(minimumReceived(100n * E18)).toBe(995n * 10n ** 17n);
    expect(minimumReceived(199n)).toBe(198n);
    expect(minimumReceived(100n, 0n)).toBe(100n);
  });

  it("needs at least one share's worth", () => {
    const min = minimumStake(2_000n * E18, 1_000n * E18);
    expect(previewStake(min, 2_000n * E18, 1_000n * E18)).toBe(1n);
    expect(previewStake(min - 1n, 2_000n * E18, 1_000n * E18)).toBe(0n);
  });
});
