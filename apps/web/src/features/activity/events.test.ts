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
    sharesLeft: 0n,
  },
  {
    kind: "exitClaimed",
    block: 14n,
    logIndex: 0,
    tx: tx(5),
    sender: me,
    receiver: me,
    owner: me,
    assets: 41n * E18,
    shares: 40n * E18,
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
    expect(rows[1]).toMatchObject({ action: "Claim filled exits", received: { amount: 41n * E18 }, note: undefined });
    expect(rows[1].requestId).toBeUndefined();
    // Minted for someone else: the USDC left this account, the AID went to the other.
    expect(rows[0]).toMatchObject({
      action: "Mint AID",
      sent: { amount: 1_000_000n },
      received: undefined,
      note: `to ${other}`,
    });
  });

  it("tells a partial fill from a whole one, and names who else took part in a claim", () => {
    const rows = toActivityRows(
      [
        {
          kind: "exitFilled",
          block: 20n,
          logIndex: 0,
          tx: tx(20),
          controller: me,
          requestId: 4n,
          shares: 30n * E18,
          assets: 31n * E18,
          sharesLeft: 10n * E18,
        },
        {
          kind: "exitClaimed",
          block: 21n,
          logIndex: 0,
          tx: tx(21),
          sender: other,
          receiver: other,
          owner: me,
          assets: 31n * E18,
          shares: 30n * E18,
        },
      ],
      me,
    );
    expect(rows[1]).toMatchObject({
      action: "Exit partly filled",
      requestId: 4n,
      note: "30 sAID burned; 31 AID set aside to claim; 10 sAID still in the queue",
    });
    expect(rows[0]).toMatchObject({
      action: "Claim filled exits",
      received: undefined,
      note: `paid to ${other}; claimed by ${other}`,
    });
    const csv = toCsv(CSV_HEADER, toCsvRows(rows, new Map())).split("\r\n");
    expect(csv[1]).toBe(`21,,Claim filled exits,,,,,,paid to ${other}; claimed by ${other},${tx(21)}`);
    expect(csv[2]).toBe(
      `20,,Exit partly filled,,,,,4,30 sAID burned; 31 AID set aside to claim; 10 sAID still in the queue,${tx(20)}`,
    );
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

  it("describes the account's loans in plain words, with what it paid and received", () => {
    const loanEvents: AccountEvent[] = [
      {
        kind: "loanOpened",
        block: 20n,
        logIndex: 3,
        tx: tx(20),
        loanId: 2n,
        borrower: me,
        titleId: 9n,
        receiver: me,
        principal: 12_000n * E18,
        fee: 120n * E18,
      },
      {
        kind: "loanRepaid",
        block: 21n,
        logIndex: 0,
        tx: tx(21),
        loanId: 2n,
        payer: me,
        interest: 150n * E18 + 1n,
        principalPaid: 1_000n * E18,
        principalLeft: 11_000n * E18,
      },
      {
        kind: "loanRepaid",
        block: 22n,
        logIndex: 0,
        tx: tx(22),
        loanId: 2n,
        payer: me,
        interest: E18,
        principalPaid: 11_000n * E18,
        principalLeft: 0n,
      },
      {
        kind: "loanLiquidated",
        block: 23n,
        logIndex: 1,
        tx: tx(23),
        loanId: 3n,
        caller: me,
        reason: 1,
        debt: 8_100n * E18,
        startPrice: 10_200n * E18,
      },
      { kind: "auctionSettled", block: 24n, logIndex: 0, tx: tx(24), loanId: 3n, bidder: me, price: 7_000n * E18 },
      {
        kind: "surplusClaimed",
        block: 25n,
        logIndex: 0,
        tx: tx(25),
        loanId: 4n,
        borrower: me,
        receiver: other,
        amount: 5n * E18,
      },
    ];
    const rows = toActivityRows(loanEvents, me);
    expect(rows.map((r) => r.action)).toEqual([
      "Claim auction surplus (loan #4)",
      "Buy an auctioned title (loan #3)",
      "Liquidate loan #3",
      "Repay loan #2",
      "Repay loan #2",
      "Borrow against title #9 (loan #2)",
    ]);
    expect(rows[5]).toMatchObject({
      received: { amount: 11_880n * E18, token: { symbol: "AID" } },
      note: "12000 AID borrowed, 120 AID origination fee; title pledged",
    });
    expect(rows[4]).toMatchObject({
      sent: { amount: 1_150n * E18 + 1n },
      note: "1000 AID principal, 150.000000000000000001 AID interest; 11000 AID principal left",
    });
    expect(rows[3].note).toContain("paid off, title returned to the borrower");
    expect(rows[2]).toMatchObject({ note: "payment overdue; debt 8100 AID, auction from 10200 AID" });
    expect(rows[2].sent ?? rows[2].received).toBeUndefined();
    expect(rows[1]).toMatchObject({ sent: { amount: 7_000n * E18 } });
    // The surplus went to another address: nothing came into this account.
    expect(rows[0]).toMatchObject({ received: undefined, note: `paid to ${other}` });

    const csv = toCsv(CSV_HEADER, toCsvRows(rows.slice(4), new Map())).split("\r\n");
    expect(csv[1]).toBe(
      `21,,Repay loan #2,1150.000000000000000001,AID,,,,"1000 AID principal, 150.000000000000000001 AID interest; 11000 AID principal left",${tx(21)}`,
    );
    expect(csv[2]).toBe(
      `20,,Borrow against title #9 (loan #2),,,11880,AID,,"12000 AID borrowed, 120 AID origination fee; title pledged",${tx(20)}`,
    );
  });

  it("describes the account's title actions", () => {
    const at = (block: bigint) => ({ block, logIndex: 0, tx: tx(Number(block)), kind: "title" as const, titleId: 7n });
    const rows = toActivityRows(
      [
        { ...at(30n), action: "submitted", gpuCount: 2, dataCenter: "Equinix SV5" },
        { ...at(31n), action: "appraised", value: 30_000n * E18, validUntil: 1_767_225_600 },
        { ...at(32n), action: "rejected", reason: 4 },
        { ...at(33n), action: "insuranceUpdated", expiry: 1_767_225_600 },
        { ...at(34n), action: "redemptionRequested" },
        { ...at(35n), action: "redeemed" },
        { ...at(36n), action: "voided", reason: 1 },
      ],
      me,
    );
    expect(rows.map((r) => [r.action, r.note])).toEqual([
      [
        "Title #7 voided by the custodian",
        "Serial numbers could not be verified; the title is burned and its serial numbers are free",
      ],
      ["Title #7 delivered", "GPUs delivered; the title is burned"],
      ["Request delivery of title #7", "the GPUs, from the custodian"],
      ["Record insurance for title #7", "expires 1 Jan 2026 UTC; awaits verification"],
      ["Reject title #7", "The value is not supported"],
      ["Appraise title #7", "$30,000, valid until 1 Jan 2026 UTC"],
      ["List title #7", "2 GPUs at Equinix SV5, for appraisal"],
    ]);
  });
});
