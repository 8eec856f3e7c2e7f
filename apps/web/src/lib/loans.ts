/** Loan arithmetic mirrored from the loan manager (contracts/src/libraries/DutchAuction.sol), in bigint. */

import { maxUint256 } from "viem";
import { divUp } from "./bigints";
import { formatBps } from "./format";
import { BPS } from "./units";

export const AUCTION_START_BPS = 12_000n;
export const AUCTION_FLOOR_BPS = 3_000n;
export const AUCTION_DURATION = 72n * 3600n;
export const DAY = 86_400n;

/** What `bid` pays `elapsed` seconds into the auction of a title worth `basis` (DutchAuction.price, rounded up). */
export function auctionPrice(basis: bigint, elapsed: bigint): bigint {
  if (elapsed < 0n) elapsed = 0n;
  if (elapsed >= AUCTION_DURATION) return divUp(basis * AUCTION_FLOOR_BPS, BPS);
  return divUp(
    basis * (AUCTION_START_BPS * AUCTION_DURATION - (AUCTION_START_BPS - AUCTION_FLOOR_BPS) * elapsed),
    BPS * AUCTION_DURATION,
  );
}

/** The price of a live auction at chain time `now`: 0 once it has ended (LoanManager.auctionPrice). */
export function livePrice(basis: bigint, auctionStart: bigint, now: bigint): bigint {
  const elapsed = now - auctionStart;
  return elapsed > AUCTION_DURATION ? 0n : auctionPrice(basis, elapsed);
}

/** Whole days a payment due at `dueDate` is late at chain time `now` (0 when not due yet or no payment due). */
export function daysPastDue(dueDate: bigint, now: bigint): bigint {
  if (dueDate === 0n || now <= dueDate) return 0n;
  return (now - dueDate) / DAY;
}

/** ILoans.LoanStatus values. */
export const LoanStatus = { None: 0, Active: 1, Liquidating: 2, Repaid: 3, Sold: 4, WrittenOff: 5 } as const;

/** ILoans.LoanStatus, in words. */
export const LOAN_STATUS = ["None", "Active", "In auction", "Repaid", "Sold", "Written off"] as const;
export const loanStatusLabel = (status: number) => LOAN_STATUS[status] ?? `Status ${status}`;

/** ILoans.DefaultReason, in words ("" for None). */
export const defaultReasonLabel = (reason: number) =>
  ["", "payment overdue", "LTV above the threshold", "appraisal or insurance lapsed"][reason] ?? `reason ${reason}`;

/** A loan's LTV (LoanView.ltvBps) as a percentage; "—" when unbounded (the title has no value). */
export const formatLtv = (bps: bigint) => (bps === maxUint256 ? "—" : formatBps(bps));
