import type { Address, Hash } from "viem";
import { describe, expect, it } from "vitest";
import { toCsv } from "@/lib/csv";
import { type AccountEvent, CSV_HEADER, sortEvents, toActivityRows, toCsvRows } from "./events";

const me: Address = "0x00000000000000000000000000000000000000A1".toLowerCase() as Address;
const other: Address = "0x00000000000000000000000000000000000000b2";
const tx = (n: number) => `0x${n.toString(16).padStart(64, "0")}` as Hash;
const E18 = 10n ** 18n;

const events: AccountEvent[] = [
  {
    kind: "minted",
    block: 10n,
    logIndex: 1,
    tx: tx(1),
    caller: me,
    receiver: me,
    usdcIn: 250_500_000n,
    aidOut: 250_500_000_000_000_000_000n,
  },
  { kind: "staked", block: 11n, logIndex: 0, tx: tx(2), sender: me, owner: me, assets: 100n * E18, shares: 99n * E18 },
  {
    kind: "exitRequested",
    block: 12n,
    logIndex: 0,
    tx: tx(3),
    controller: me,
    owner: me,
    requestId: 2n,
    shares: 40n * E18,
  },
  {
    kind: "exitFilled",
    block: 13n,
    logIndex: 2,
    tx: tx(4),
    controller: me,
    requestId: 2n,
    shares: 40n * E18,
    assets: 41n * E18,
  },
  {
    kind: "exitClaimed",
    block: 14n,
    logIndex: 0,
    tx: tx(5),
    controller: me,
    receiver: me,
    requestId: 2n,
    assets: 41n * E18,
  },
  { kind: "minted", block: 15n, logIndex: 0, tx: tx(6), caller: me, receiver: other, usdcIn: 1_000_000n, aidOut: E18 },
];

describe("activity rows", () => {
  it("lists events newest first, once each", () => {
    const sorted = sortEvents([...events, events[0]]);
    expect(sorted.map((e) => e.block)).toEqual([15n, 14n, 13n, 12n, 11n, 10n]);
  });

  it("describes what left and what came into the account", () => {
    const rows = toActivityRows(events, me);
    expect(rows[5]).toMatchObject({
      action: "Mint AID",
      sent: { amount: 250_500_000n },
      received: { amount: 250_500_000_000_000_000_000n },
    });
    expect(rows[4]).toMatchObject({
      action: "Stake AID",
      sent: { amount: 100n * E18 },
      received: { amount: 99n * E18 },
    });
    expect(rows[3]).toMatchObject({ action: "Request exit", requestId: 2n, sent: { amount: 40n * E18 } });
    expect(rows[2]).toMatchObject({ action: "Exit filled", requestId: 2n });
    expect(rows[2].sent ?? rows[2].received).toBeUndefined();
    expect(rows[1]).toMatchObject({ action: "Claim exit", received: { amount: 41n * E18 } });
    // Minted for someone else: the USDC left this account, the AID went to the other.
    expect(rows[0]).toMatchObject({
      action: "Mint AID",
      sent: { amount: 1_000_000n },
      received: undefined,
      note: `to ${other}`,
    });
  });

  it("exports exact amounts and UTC times as CSV", () => {
    const rows = toActivityRows(events.slice(0, 2), me);
    const csv = toCsv(CSV_HEADER, toCsvRows(rows, new Map([[10n, 1_767_225_600n]])));
    const lines = csv.split("\r\n");
    expect(lines[0]).toBe(
      "block,time (UTC),action,sent,sent token,received,received token,exit request,note,transaction",
    );
    expect(lines[1]).toBe(`11,,Stake AID,100,AID,99,sAID,,,${tx(2)}`);
    expect(lines[2]).toBe(`10,2026-01-01T00:00:00.000Z,Mint AID,250.5,USDC,250.5,AID,,,${tx(1)}`);
  });
});
