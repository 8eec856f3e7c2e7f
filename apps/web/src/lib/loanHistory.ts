import type { Hash } from "viem";
import { formatAid } from "./format";
import { defaultReasonLabel } from "./loans";

/** The loan manager's events that make up one loan's history (ILoans events), decoded. */
export type LoanEvent =
  | { eventName: "LoanOpened"; args: { principal: bigint; fee: bigint } }
  | {
      eventName: "LoanRepaid";
      args: { interest: bigint; principalPaid: bigint; principalLeft: bigint; installmentsPaid: bigint };
    }
  | { eventName: "LoanLiquidated"; args: { reason: number; debt: bigint; startPrice: bigint } }
  | { eventName: "AuctionSettled"; args: { price: bigint; surplus: bigint } }
  | { eventName: "LoanWrittenOff"; args: { cover: bigint; loss: bigint } }
  | { eventName: "SurplusClaimed"; args: { amount: bigint } };

export const LOAN_EVENT_NAMES = [
  "LoanOpened",
  "LoanRepaid",
  "LoanLiquidated",
  "AuctionSettled",
  "LoanWrittenOff",
  "SurplusClaimed",
] as const satisfies readonly LoanEvent["eventName"][];

/** One line of a loan's history: when (block time), what happened, the AID that moved, and the transaction. */
export type LoanHistoryRow = {
  key: string;
  timestamp: bigint;
  tx: Hash;
  action: string;
  /** The AID that moved (borrowed, paid, bid or claimed). */
  amount: bigint;
  detail: string;
};

const aid = (value: bigint) => formatAid(value, 4);

/** What an event says, in words, with the AID that moved. */
export function describeLoanEvent(event: LoanEvent): { action: string; amount: bigint; detail: string } {
  switch (event.eventName) {
    case "LoanOpened": {
      const { principal, fee } = event.args;
      return {
        action: "Borrowed",
        amount: principal,
        detail: `${aid(principal - fee)} received after the ${aid(fee)} origination fee`,
      };
    }
    case "LoanRepaid": {
      const { interest, principalPaid, principalLeft, installmentsPaid } = event.args;
      return {
        action: principalLeft === 0n ? "Paid off" : "Repaid",
        amount: interest + principalPaid,
        detail:
          `interest ${aid(interest)}, principal ${aid(principalPaid)}; ` +
          (principalLeft === 0n
            ? "loan closed, title returned"
            : `${aid(principalLeft)} principal left, ${installmentsPaid} installment${installmentsPaid === 1n ? "" : "s"} paid`),
      };
    }
    case "LoanLiquidated": {
      const { reason, debt, startPrice } = event.args;
      return {
        action: "Liquidated",
        amount: debt,
        detail: `${defaultReasonLabel(reason)}: debt fixed at ${aid(debt)}, auction from ${aid(startPrice)}`,
      };
    }
    case "AuctionSettled": {
      const { price, surplus } = event.args;
      return { action: "Title sold", amount: price, detail: `sold at auction; your surplus ${aid(surplus)}` };
    }
    case "LoanWrittenOff": {
      const { cover, loss } = event.args;
      return {
        action: "Written off",
        amount: cover + loss,
        detail: `no bid: ${aid(cover)} covered by the insurance fund, ${aid(loss)} loss`,
      };
    }
    case "SurplusClaimed":
      return { action: "Surplus claimed", amount: event.args.amount, detail: "auction surplus paid out" };
  }
}

/** Rows oldest first (block, then position in the block). */
export function loanHistoryRows(
  logs: readonly (LoanEvent & { blockNumber: bigint; logIndex: number; timestamp: bigint; tx: Hash })[],
): LoanHistoryRow[] {
  return [...logs]
    .sort((a, b) =>
      a.blockNumber === b.blockNumber ? a.logIndex - b.logIndex : a.blockNumber < b.blockNumber ? -1 : 1,
    )
    .map((log) => ({
      key: `${log.tx}:${log.logIndex}`,
      timestamp: log.timestamp,
      tx: log.tx,
      ...describeLoanEvent(log),
    }));
}
