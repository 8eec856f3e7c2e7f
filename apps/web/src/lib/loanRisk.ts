/**
 * Which Active loans an appraiser should look at before the contract lets anyone liquidate them: pure logic over
 * `ILoans.LoanView` and the title's `IGPUTitleRegistry.Title`, at the chain's clock.
 */
import { maxUint256 } from "viem";
import { formatBps, formatDate } from "./format";
import { DAY, daysPastDue, LoanStatus } from "./loans";
import { GRACE } from "./loanTerms";
import { WAD } from "./units";

/**
 * Health factor (LoanView.healthFactor: value × liquidation threshold / debt, 1e18 = at the threshold) below which a
 * loan is listed as near its threshold. At 1.1 the title can lose about 9% of its value (1 − 1/1.1), or the debt grow
 * 10%, before anyone may liquidate: a margin of a few weeks of interest and penalty, or one re-appraisal, in which
 * the appraiser can warn the borrower or look again at the batch.
 */
export const HEALTH_WARNING = 1_100_000_000_000_000_000n;

/** An appraisal or verified insurance ending within this time (chain clock) lists the loan. */
export const EXPIRY_WARNING = 30n * DAY;

/** What the classification reads of a loan (a subset of ILoans.LoanView). */
export type RiskLoan = {
  status: number;
  late: boolean;
  nextDueDate: bigint;
  deadline: bigint;
  ltvBps: bigint;
  healthFactor: bigint;
  liquidationThresholdBps: bigint;
  defaultReason: number;
};

/** What it reads of the loan's title (a subset of IGPUTitleRegistry.Title). */
export type RiskTitle = { appraisalValidUntil: number | bigint; insuranceVerifiedUntil: number | bigint };

export type RiskKind = "late" | "ltv" | "appraisal" | "insurance";
export type Risk = { kind: RiskKind; text: string };

export type LoanRisk = {
  risks: Risk[];
  /** The contract's defaultReason is not None: `liquidate` succeeds now. */
  liquidatable: boolean;
  /**
   * When not liquidatable now: the earliest chain time after which a flagged trigger makes it liquidatable if
   * nothing changes (the payment deadline, or the end of the grace period after the appraisal or insurance lapses);
   * undefined when only its health is flagged (it becomes liquidatable when the LTV crosses the threshold).
   */
  liquidatableAfter?: bigint;
};

/** A health factor (1e18 = 1) with two decimals, truncated: "1.05"; "∞" for a loan with no debt. */
export function formatHealth(health: bigint): string {
  if (health === maxUint256) return "∞";
  const hundredths = (health * 100n) / WAD;
  return `${hundredths / 100n}.${(hundredths % 100n).toString().padStart(2, "0")}`;
}

function expiry(kind: "appraisal" | "insurance", until: bigint, now: bigint): Risk | undefined {
  const what = kind === "appraisal" ? "Appraisal" : "Verified insurance";
  if (until <= now) return { kind, text: `${what} lapsed on ${formatDate(until)}` };
  if (until - now <= EXPIRY_WARNING) {
    const days = (until - now) / DAY;
    return { kind, text: `${what} expires on ${formatDate(until)} (in ${days} ${days === 1n ? "day" : "days"})` };
  }
  return undefined;
}

/**
 * Why an Active loan is at risk at chain time `now`, or undefined if it is not (or is not Active): a payment past due,
 * a health factor under HEALTH_WARNING, or an appraisal or verified insurance ending within EXPIRY_WARNING or already
 * lapsed. Whether it can be liquidated now is the contract's own verdict (defaultReason), never recomputed here.
 */
export function assessLoanRisk(loan: RiskLoan, title: RiskTitle, now: bigint): LoanRisk | undefined {
  if (loan.status !== LoanStatus.Active) return undefined;
  const risks: Risk[] = [];
  if (loan.late) {
    const days = daysPastDue(loan.nextDueDate, now);
    risks.push({
      kind: "late",
      text: `Payment due ${formatDate(loan.nextDueDate)} is ${days} ${days === 1n ? "day" : "days"} late`,
    });
  }
  if (loan.healthFactor < HEALTH_WARNING) {
    const ltv = loan.ltvBps === maxUint256 ? "LTV unbounded" : `LTV ${formatBps(loan.ltvBps)}`;
    const above = loan.ltvBps > loan.liquidationThresholdBps;
    risks.push({
      kind: "ltv",
      text: `${ltv} is ${above ? "above" : "near"} the ${formatBps(loan.liquidationThresholdBps)} liquidation threshold (health ${formatHealth(loan.healthFactor)})`,
    });
  }
  const appraisalUntil = BigInt(title.appraisalValidUntil);
  const insuranceUntil = BigInt(title.insuranceVerifiedUntil);
  for (const risk of [expiry("appraisal", appraisalUntil, now), expiry("insurance", insuranceUntil, now)]) {
    if (risk) risks.push(risk);
  }
  if (risks.length === 0) return undefined;
  const liquidatable = loan.defaultReason !== 0;
  if (liquidatable) return { risks, liquidatable };
  // The times at which the flagged triggers become defaults if nothing changes (a health factor has no date).
  const times: bigint[] = [];
  if (loan.late) times.push(loan.deadline);
  if (risks.some((r) => r.kind === "appraisal")) times.push(appraisalUntil + GRACE);
  if (risks.some((r) => r.kind === "insurance")) times.push(insuranceUntil + GRACE);
  const liquidatableAfter = times.reduce<bigint | undefined>((a, t) => (a === undefined || t < a ? t : a), undefined);
  return { risks, liquidatable, liquidatableAfter };
}
