import type { Address, Hash } from "viem";
import { formatUnits } from "viem";
import { formatDate, formatUsd } from "@/lib/format";
import { defaultReasonLabel } from "@/lib/loans";
import { rejectionLabel } from "@/lib/titleLabels";
import { AID, SAID, type TokenInfo, USDC } from "@/lib/units";

type Base = { block: bigint; logIndex: number; tx: Hash };

/** One of the account's protocol events, decoded: what the Activity and Stake screens are built from. */
export type AccountEvent = Base &
  (
    | { kind: "minted"; caller: Address; receiver: Address; usdcIn: bigint; aidOut: bigint }
    | { kind: "redeemed"; caller: Address; receiver: Address; aidIn: bigint; usdcOut: bigint }
    | { kind: "staked"; sender: Address; owner: Address; assets: bigint; shares: bigint }
    | { kind: "exitRequested"; controller: Address; owner: Address; requestId: bigint; shares: bigint }
    | {
        kind: "exitFilled";
        controller: Address;
        requestId: bigint;
        shares: bigint;
        assets: bigint;
        /** sAID of the request still pending after this fill (0 when it is wholly filled). */
        sharesLeft: bigint;
      }
    | { kind: "exitCancelled"; controller: Address; requestId: bigint; shares: bigint }
    /** The vault's ERC-4626 Withdraw: filled exits of `owner` (the controller) claimed, AID paid to `receiver`. */
    | { kind: "exitClaimed"; sender: Address; receiver: Address; owner: Address; assets: bigint; shares: bigint }
    | { kind: "rebalanced"; toTBills: boolean; usdcMoved: bigint }
    | { kind: "harvested"; toSavings: bigint; protocolFee: bigint }
    | {
        kind: "loanOpened";
        loanId: bigint;
        borrower: Address;
        titleId: bigint;
        receiver: Address;
        principal: bigint;
        fee: bigint;
      }
    | {
        kind: "loanRepaid";
        loanId: bigint;
        payer: Address;
        interest: bigint;
        principalPaid: bigint;
        principalLeft: bigint;
      }
    | { kind: "loanLiquidated"; loanId: bigint; caller: Address; reason: number; debt: bigint; startPrice: bigint }
    | { kind: "auctionSettled"; loanId: bigint; bidder: Address; price: bigint }
    | { kind: "surplusClaimed"; loanId: bigint; borrower: Address; receiver: Address; amount: bigint }
    | TitleEvent
  );

/** The account's own actions on a GPU title (as holder, or as appraiser), from the title registry's events. */
export type TitleEvent = { kind: "title"; titleId: bigint } & (
  | { action: "submitted"; gpuCount: number; dataCenter: string }
  | { action: "appraised"; value: bigint; validUntil: number }
  | { action: "rejected"; reason: number }
  | { action: "voided"; reason: number }
  | { action: "insuranceUpdated"; expiry: number }
  | { action: "insuranceVerified"; verifiedUntil: number }
  | { action: "redemptionRequested" | "redemptionCancelled" | "redeemed" | "withdrawn" }
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
        action: e.sharesLeft === 0n ? "Exit filled" : "Exit partly filled",
        requestId: e.requestId,
        note: `${formatUnits(e.shares, SAID.decimals)} sAID burned; ${formatUnits(e.assets, AID.decimals)} AID set aside to claim${
          e.sharesLeft === 0n ? "" : `; ${formatUnits(e.sharesLeft, SAID.decimals)} sAID still in the queue`
        }`,
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
        action: "Claim filled exits",
        received: same(e.receiver, account) ? { amount: e.assets, token: AID } : undefined,
        note:
          [
            same(e.owner, account) ? undefined : `from the filled exits of ${e.owner}`,
            same(e.receiver, account) ? undefined : `paid to ${e.receiver}`,
            same(e.sender, account) || same(e.sender, e.owner) ? undefined : `claimed by ${e.sender}`,
          ]
            .filter(Boolean)
            .join("; ") || undefined,
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
    case "loanOpened": {
      const net = e.principal - e.fee;
      return {
        ...row,
        action: `Borrow against title #${e.titleId} (loan #${e.loanId})`,
        received: same(e.receiver, account) ? { amount: net, token: AID } : undefined,
        note: `${aid(e.principal)} borrowed, ${aid(e.fee)} origination fee; title pledged${
          same(e.receiver, account) ? "" : `; ${aid(net)} sent to ${e.receiver}`
        }`,
      };
    }
    case "loanRepaid":
      return {
        ...row,
        action: `Repay loan #${e.loanId}`,
        sent: { amount: e.interest + e.principalPaid, token: AID },
        note: `${aid(e.principalPaid)} principal, ${aid(e.interest)} interest; ${
          e.principalLeft === 0n ? "paid off, title returned to the borrower" : `${aid(e.principalLeft)} principal left`
        }`,
      };
    case "loanLiquidated":
      return {
        ...row,
        action: `Liquidate loan #${e.loanId}`,
        note: `${defaultReasonLabel(e.reason)}; debt ${aid(e.debt)}, auction from ${aid(e.startPrice)}`,
      };
    case "auctionSettled":
      return {
        ...row,
        action: `Buy an auctioned title (loan #${e.loanId})`,
        sent: same(e.bidder, account) ? { amount: e.price, token: AID } : undefined,
        note: "the title went to the bidder; the price paid the loan's debt",
      };
    case "surplusClaimed":
      return {
        ...row,
        action: `Claim auction surplus (loan #${e.loanId})`,
        received: same(e.receiver, account) ? { amount: e.amount, token: AID } : undefined,
        note: same(e.receiver, account) ? "what the sale raised above the debt" : `paid to ${e.receiver}`,
      };
    case "title":
      return { ...row, ...titleRow(e) };
  }
}

const aid = (amount: bigint) => `${formatUnits(amount, AID.decimals)} AID`;

function titleRow(e: TitleEvent): { action: string; note?: string } {
  const t = `title #${e.titleId}`;
  switch (e.action) {
    case "submitted":
      return {
        action: `List ${t}`,
        note: `${e.gpuCount} ${e.gpuCount === 1 ? "GPU" : "GPUs"} at ${e.dataCenter}, for appraisal`,
      };
    case "appraised":
      return { action: `Appraise ${t}`, note: `${formatUsd(e.value)}, valid until ${formatDate(e.validUntil)}` };
    case "rejected":
      return { action: `Reject ${t}`, note: rejectionLabel(e.reason) };
    case "insuranceUpdated":
      return { action: `Record insurance for ${t}`, note: `expires ${formatDate(e.expiry)}; awaits verification` };
    case "insuranceVerified":
      return { action: `Verify insurance of ${t}`, note: `until ${formatDate(e.verifiedUntil)}` };
    case "redemptionRequested":
      return { action: `Request delivery of ${t}`, note: "the GPUs, from the custodian" };
    case "redemptionCancelled":
      return { action: `Cancel delivery of ${t}` };
    case "redeemed":
      return { action: `${t[0].toUpperCase()}${t.slice(1)} delivered`, note: "GPUs delivered; the title is burned" };
    case "withdrawn":
      return { action: `Withdraw ${t}`, note: "the title is burned" };
    case "voided":
      return {
        action: `${t[0].toUpperCase()}${t.slice(1)} voided by the custodian`,
        note: `${rejectionLabel(e.reason)}; the title is burned and its serial numbers are free`,
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
