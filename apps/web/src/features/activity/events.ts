import type { Address, Hash } from "viem";
import { formatUnits } from "viem";
import { AID, SAID, type TokenInfo, USDC } from "@/lib/units";

type Base = { block: bigint; logIndex: number; tx: Hash };

/** One of the account's protocol events, decoded: what the Activity and Stake screens are built from. */
export type AccountEvent = Base &
  (
    | { kind: "minted"; caller: Address; receiver: Address; usdcIn: bigint; aidOut: bigint }
    | { kind: "redeemed"; caller: Address; receiver: Address; aidIn: bigint; usdcOut: bigint }
    | { kind: "staked"; sender: Address; owner: Address; assets: bigint; shares: bigint }
    | { kind: "exitRequested"; controller: Address; owner: Address; requestId: bigint; shares: bigint }
    | { kind: "exitFilled"; controller: Address; requestId: bigint; shares: bigint; assets: bigint }
    | { kind: "exitCancelled"; controller: Address; requestId: bigint; shares: bigint }
    | { kind: "exitClaimed"; controller: Address; receiver: Address; requestId: bigint; assets: bigint }
    | { kind: "rebalanced"; toTBills: boolean; usdcMoved: bigint }
    | { kind: "harvested"; toSavings: bigint; protocolFee: bigint }
  );

/** Newest first (block, then position in the block); one entry per log even if several filters found it. */
export function sortEvents(events: readonly AccountEvent[]): AccountEvent[] {
  const unique = new Map(events.map((e) => [`${e.tx}:${e.logIndex}`, e]));
  return [...unique.values()].sort((a, b) =>
    a.block === b.block ? b.logIndex - a.logIndex : a.block > b.block ? -1 : 1,
  );
}

type Leg = { amount: bigint; token: TokenInfo };

/** One line of the account's activity: what it did, what left its wallet and what came in. */
export type ActivityRow = {
  key: string;
  block: bigint;
  tx: Hash;
  action: string;
  sent?: Leg;
  received?: Leg;
  requestId?: bigint;
  note?: string;
};

const same = (a: Address, b: Address) => a.toLowerCase() === b.toLowerCase();

/** Describes each event from the account's point of view. */
export function toActivityRows(events: readonly AccountEvent[], account: Address): ActivityRow[] {
  return sortEvents(events).map((e) => toActivityRow(e, account));
}

/** Names the other party when the account only sent or only received: "minted by 0x…", "to 0x…". */
function counterpartyNote(from: Address, to: Address, account: Address, byWhom: string, toWhom: string) {
  if (!same(to, account)) return `${toWhom} ${to}`;
  return same(from, account) ? undefined : `${byWhom} ${from}`;
}

function toActivityRow(e: AccountEvent, account: Address): ActivityRow {
  const row = { key: `${e.tx}:${e.logIndex}`, block: e.block, tx: e.tx };
  switch (e.kind) {
    case "minted":
      return {
        ...row,
        action: "Mint AID",
        sent: same(e.caller, account) ? { amount: e.usdcIn, token: USDC } : undefined,
        received: same(e.receiver, account) ? { amount: e.aidOut, token: AID } : undefined,
        note: counterpartyNote(e.caller, e.receiver, account, "minted by", "to"),
      };
    case "redeemed":
      return {
        ...row,
        action: "Redeem AID",
        sent: same(e.caller, account) ? { amount: e.aidIn, token: AID } : undefined,
        received: same(e.receiver, account) ? { amount: e.usdcOut, token: USDC } : undefined,
        note: counterpartyNote(e.caller, e.receiver, account, "redeemed by", "to"),
      };
    case "staked":
      return {
        ...row,
        action: "Stake AID",
        sent: same(e.sender, account) ? { amount: e.assets, token: AID } : undefined,
        received: same(e.owner, account) ? { amount: e.shares, token: SAID } : undefined,
        note: counterpartyNote(e.sender, e.owner, account, "staked by", "for"),
      };
    case "exitRequested":
      return {
        ...row,
        action: "Request exit",
        sent: same(e.owner, account) ? { amount: e.shares, token: SAID } : undefined,
        requestId: e.requestId,
        note: "sAID escrowed in the exit queue",
      };
    case "exitFilled":
      return {
        ...row,
        action: "Exit filled",
        requestId: e.requestId,
        note: `${formatUnits(e.shares, SAID.decimals)} sAID burned; ${formatUnits(e.assets, AID.decimals)} AID set aside to claim`,
      };
    case "exitCancelled":
      return {
        ...row,
        action: "Cancel exit",
        received: { amount: e.shares, token: SAID },
        requestId: e.requestId,
        note: "sAID returned from the queue",
      };
    case "exitClaimed":
      return {
        ...row,
        action: "Claim exit",
        received: same(e.receiver, account) ? { amount: e.assets, token: AID } : undefined,
        requestId: e.requestId,
        note: same(e.receiver, account) ? undefined : `paid to ${e.receiver}`,
      };
    case "rebalanced":
      return {
        ...row,
        action: "Rebalance the reserve",
        note: `${formatUnits(e.usdcMoved, USDC.decimals)} USDC moved ${e.toTBills ? "into T-bills" : "to the buffer"}`,
      };
    case "harvested":
      return {
        ...row,
        action: "Harvest yield",
        note: `${formatUnits(e.toSavings, AID.decimals)} AID to sAID, ${formatUnits(e.protocolFee, AID.decimals)} AID protocol fee`,
      };
  }
}

export const CSV_HEADER = [
  "block",
  "time (UTC)",
  "action",
  "sent",
  "sent token",
  "received",
  "received token",
  "exit request",
  "note",
  "transaction",
] as const;

/** CSV rows for accounting: exact amounts (every decimal), ISO times in UTC. */
export function toCsvRows(rows: readonly ActivityRow[], timestamps: ReadonlyMap<bigint, bigint>) {
  return rows.map((row) => {
    const time = timestamps.get(row.block);
    return [
      row.block,
      time === undefined ? "" : new Date(Number(time) * 1000).toISOString(),
      row.action,
      row.sent ? formatUnits(row.sent.amount, row.sent.token.decimals) : "",
      row.sent?.token.symbol ?? "",
      row.received ? formatUnits(row.received.amount, row.received.token.decimals) : "",
      row.received?.token.symbol ?? "",
      row.requestId ?? "",
      row.note ?? "",
      row.tx,
    ];
  });
}
