/**
 * Loan arithmetic mirrored from contracts/src/libraries/LoanMath.sol and LoanManager.sol, in bigint: the terms of a
 * new loan (fee, LTV, health, payment schedule) and what an open loan owes at a given chain time. Same rounding as
 * the contract: what the borrower owes rounds up. Amounts in AID wei, rates in basis points per 365-day year, times
 * in unix seconds of the chain's clock (never the wall clock: a chain's clock may run ahead of it).
 */
import { divUp, maxOf } from "./bigints";
import { DAY } from "./loans";
import { BPS, WAD, YEAR_SECONDS as YEAR } from "./units";

export { DAY };
/** Time between two payments (LoanMath.PERIOD). */
export const PERIOD = 30n * DAY;
/** How long a payment may be late before the loan can be liquidated (LoanMath.GRACE). */
export const GRACE = 7n * DAY;
/** Extra APR on the principal while a payment is late (LoanMath.PENALTY_APR_BPS). */
export const PENALTY_APR_BPS = 500n;

/** The day (since the epoch) due dates count from: 00:00 UTC after `openedAt` (LoanMath.anchorDay). */
export const anchorDay = (openedAt: bigint) => openedAt / DAY + 1n;

/** The `j`-th due date (j >= 1) of a loan whose schedule starts on day `anchor` (LoanMath.dueDate). */
export const dueDate = (anchor: bigint, j: bigint) => anchor * DAY + j * PERIOD;

/** Principal due, cumulatively, by the `j`-th due date; the last one takes the remainder. */
export const cumulativePrincipal = (original: bigint, j: bigint, term: bigint) =>
  j >= term ? original : (original * j) / term;

/** Principal still to pay to have paid the first `j` installments, given `outstanding` principal. */
export function principalDue(original: bigint, outstanding: bigint, j: bigint, term: bigint): bigint {
  const cumulative = cumulativePrincipal(original, j, term);
  const paid = original - outstanding;
  return cumulative > paid ? cumulative - paid : 0n;
}

/**
 * Interest and penalty owed at `timestamp` on `principal` paid through `paidThrough`, with the next payment due at
 * `due`: the APR from `paidThrough`, plus the penalty from the later of `paidThrough` and `due`. Rounded up.
 */
export function interestOwed(
  principal: bigint,
  aprBps: bigint,
  paidThrough: bigint,
  due: bigint,
  timestamp: bigint,
): bigint {
  if (timestamp <= paidThrough) return 0n;
  let scaled = principal * aprBps * (timestamp - paidThrough);
  if (timestamp > due) {
    const lateFrom = paidThrough > due ? paidThrough : due;
    scaled += principal * PENALTY_APR_BPS * (timestamp - lateFrom);
  }
  return divUp(scaled, BPS * YEAR);
}

/** The origination fee of a loan of `principal` (LoanMath.bpsUp: rounded up). */
export const originationFee = (principal: bigint, feeBps: bigint) => divUp(principal * feeBps, BPS);

/** Debt over value in basis points, rounded up like the contract; undefined when the value is 0. */
export const ltvBps = (debt: bigint, value: bigint) => (value === 0n ? undefined : (debt * BPS + value - 1n) / value);

/** Value × liquidation threshold / debt, 1e18 = at the threshold (liquidatable below); undefined without debt. */
export const healthFactor = (value: bigint, liquidationThresholdBps: bigint, debt: bigint) =>
  debt === 0n ? undefined : (value * liquidationThresholdBps * WAD) / (debt * BPS);

/** One payment of a schedule, as ILoans.Installment. */
export type Installment = { dueDate: bigint; principal: bigint; interest: bigint; total: bigint };

/** The sums of a schedule's columns. */
export function scheduleTotals(rows: readonly Installment[]) {
  return rows.reduce(
    (sum, row) => ({
      principal: sum.principal + row.principal,
      interest: sum.interest + row.interest,
      total: sum.total + row.total,
    }),
    { principal: 0n, interest: 0n, total: 0n },
  );
}

/**
 * Every payment of a loan of `principal` opened at `openedAt`, each paid on its due date: what `schedule(loanId)`
 * returns right after `openLoan` is mined at that time.
 */
export function openingSchedule(principal: bigint, aprBps: bigint, termPeriods: bigint, openedAt: bigint) {
  const anchor = anchorDay(openedAt);
  const rows: Installment[] = [];
  let outstanding = principal;
  let from = openedAt;
  for (let j = 1n; outstanding !== 0n && j <= termPeriods; j++) {
    const due = dueDate(anchor, j);
    const interest = interestOwed(outstanding, aprBps, from, due, due);
    const share = principalDue(principal, outstanding, j, termPeriods);
    rows.push({ dueDate: due, principal: share, interest, total: share + interest });
    outstanding -= share;
    from = due;
  }
  return rows;
}

/** The loan terms a title gets now (ILoans.Parameters, as read). */
export type LoanParameters = {
  maxLtvBps: number;
  liquidationThresholdBps: number;
  aprBps: number;
  termPeriods: number;
  originationFeeBps: number;
};

/**
 * What opening a loan of `principal` against a title worth `value` looks like if it is mined at chain time
 * `openedAt`: the fee and what the receiver gets, the LTV and health factor at opening, and the full schedule.
 */
export function loanPreview(principal: bigint, value: bigint, parameters: LoanParameters, openedAt: bigint) {
  const fee = originationFee(principal, BigInt(parameters.originationFeeBps));
  const schedule = openingSchedule(principal, BigInt(parameters.aprBps), BigInt(parameters.termPeriods), openedAt);
  return {
    fee,
    net: principal - fee,
    ltvBps: ltvBps(principal, value),
    healthFactor: healthFactor(value, BigInt(parameters.liquidationThresholdBps), principal),
    schedule,
    totals: scheduleTotals(schedule),
  };
}

/** What an Active loan's arithmetic needs of ILoans.LoanView. */
export type OpenLoan = {
  principal: bigint;
  originalPrincipal: bigint;
  aprBps: bigint;
  termPeriods: bigint;
  installmentsPaid: bigint;
  openedAt: bigint;
  paidThrough: bigint;
};

/** The next due date of an Active loan (LoanView.nextDueDate). */
export const nextDueDate = (loan: OpenLoan) => dueDate(anchorDay(loan.openedAt), loan.installmentsPaid + 1n);

/** Interest and penalty an Active loan owes at chain time `at` (LoanView.interestOwed). */
export const owedAt = (loan: OpenLoan, at: bigint) =>
  interestOwed(loan.principal, loan.aprBps, loan.paidThrough, nextDueDate(loan), at);

/** What closes an Active loan at chain time `at` (payoffAmount). */
export const payoffAt = (loan: OpenLoan, at: bigint) => loan.principal + owedAt(loan, at);

/**
 * The next payment of an Active loan at chain time `at` (nextPayment): what is due by the next due date, or, once
 * that has passed, what makes the loan current at `at` (every installment fallen due, with interest and penalty).
 */
export function nextPaymentAt(loan: OpenLoan, at: bigint): bigint {
  const anchor = anchorDay(loan.openedAt);
  const due = dueDate(anchor, loan.installmentsPaid + 1n);
  if (at <= due) {
    return (
      interestOwed(loan.principal, loan.aprBps, loan.paidThrough, due, due) +
      principalDue(loan.originalPrincipal, loan.principal, loan.installmentsPaid + 1n, loan.termPeriods)
    );
  }
  let reached = (at - anchor * DAY) / PERIOD;
  if (reached > loan.termPeriods) reached = loan.termPeriods;
  if (reached <= loan.installmentsPaid) reached = loan.installmentsPaid + 1n;
  return owedAt(loan, at) + principalDue(loan.originalPrincipal, loan.principal, reached, loan.termPeriods);
}

/**
 * How `repay(amount)` mined at chain time `at` splits: interest and penalty first, then principal; an amount of at
 * least the payoff closes the loan and takes only the payoff (LoanManager._applyPayment).
 */
export function repaySplit(loan: OpenLoan, amount: bigint, at: bigint) {
  const owed = owedAt(loan, at);
  if (amount >= loan.principal + owed) {
    return { interest: owed, principal: loan.principal, paid: loan.principal + owed, closes: true };
  }
  if (amount < owed) return { interest: amount, principal: 0n, paid: amount, closes: false };
  return { interest: owed, principal: amount - owed, paid: amount, closes: false };
}

/**
 * The chain time a transaction sent now will most likely be mined at: the chain's clock `now`, but never at or
 * before the latest block's timestamp (a new block is always later).
 */
export const nextBlockTime = (now: bigint, latestBlockTimestamp: bigint) =>
  now > latestBlockTimestamp ? now : latestBlockTimestamp + 1n;

/** A title's appraisal as the registry keeps it (IGPUTitleRegistry.Title fields). */
export type Appraisal = {
  appraisedValue: bigint;
  appraisedAt: bigint;
  /** The earlier of the appraisal's end and the verified insurance's end: the value is 0 from then. */
  expiry: bigint;
  depreciationBps: bigint;
};

/**
 * The title's value at chain time `at` (GPUTitleRegistry.currentValue, Depreciation.valueAt): straight-line
 * depreciation from the appraisal, rounded down, 0 from the expiry.
 */
export function titleValueAt({ appraisedValue, appraisedAt, expiry, depreciationBps }: Appraisal, at: bigint): bigint {
  if (at >= expiry) return 0n;
  if (at <= appraisedAt) return appraisedValue;
  const elapsed = at - appraisedAt;
  const scale = BPS * YEAR;
  if (elapsed >= scale) return depreciationBps === 0n ? appraisedValue : 0n;
  const loss = divUp(appraisedValue * depreciationBps * elapsed, scale);
  return loss >= appraisedValue ? 0n : appraisedValue - loss;
}

/** The most `openLoan` accepts at chain time `at` by LTV: the value then × max LTV, rounded down (maxBorrow). */
export const maxByLtvAt = (appraisal: Appraisal, maxLtvBps: bigint, at: bigint) =>
  (titleValueAt(appraisal, at) * maxLtvBps) / BPS;

/** The part of what an Active loan owes at chain time `at` that is the late penalty (0 while on time). */
export function penaltyAt(loan: OpenLoan, at: bigint): bigint {
  const due = nextDueDate(loan);
  if (at <= due) return 0n;
  const lateFrom = maxOf(loan.paidThrough, due);
  return divUp(loan.principal * PENALTY_APR_BPS * (at - lateFrom), BPS * YEAR);
}
