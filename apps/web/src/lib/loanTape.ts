/**
 * The loan tape: one row per loan with its collateral, as the Transparency screen shows it and exports it as CSV.
 * Built from `LoanManager.loans` (ILoans.LoanView) and `GPUTitleRegistry.title` (IGPUTitleRegistry.Title), at the
 * chain's clock.
 */
import { formatUnits, maxUint256 } from "viem";
import { DAY, daysPastDue, LoanStatus, loanStatusLabel } from "./loans";

/** What the tape reads of a loan (a subset of ILoans.LoanView). */
export type TapeLoan = {
  id: bigint;
  borrower: string;
  titleId: bigint;
  status: number;
  principal: bigint;
  aprBps: bigint;
  ltvBps: bigint;
  collateralValue: bigint;
  nextDueDate: bigint;
};

/** What it reads of the loan's title (a subset of IGPUTitleRegistry.Title). */
export type TapeTitle = {
  modelName: string;
  gpuCount: number;
  dataCenter: string;
  appraisedValue: bigint;
  appraisedAt: number | bigint;
  insuranceVerifiedUntil: number | bigint;
};

export type TapeRow = {
  id: bigint;
  borrower: string;
  titleId: bigint;
  model: string;
  gpuCount: number;
  dataCenter: string;
  /** The title's appraisal, USD 18 decimals. */
  appraisedValue: bigint;
  /** The appraisal depreciated to now (LoanView.collateralValue); undefined once the loan is closed. */
  currentValue?: bigint;
  /** Whole days since the appraisal; undefined if never appraised. */
  appraisalAgeDays?: bigint;
  /** The verified insurance's expiry (unix seconds); 0 if none. */
  insuranceExpiry: bigint;
  insuranceLapsed: boolean;
  /** Outstanding principal (AID, 18 decimals). */
  principal: bigint;
  aprBps: bigint;
  /** Debt over value; undefined once the loan is closed or when the value is 0. */
  ltvBps?: bigint;
  status: number;
  /** Whole days the next payment is late; undefined unless Active. */
  daysPastDue?: bigint;
};

/** The tape's rows, in loan id order; a loan whose title is missing from `titles` is left out (not read yet). */
export function toTapeRows(loans: readonly TapeLoan[], titles: ReadonlyMap<bigint, TapeTitle>, now: bigint): TapeRow[] {
  const rows: TapeRow[] = [];
  for (const loan of loans) {
    const title = titles.get(loan.titleId);
    if (!title) continue;
    const open = loan.status === LoanStatus.Active || loan.status === LoanStatus.Liquidating;
    const appraisedAt = BigInt(title.appraisedAt);
    const insuranceExpiry = BigInt(title.insuranceVerifiedUntil);
    rows.push({
      id: loan.id,
      borrower: loan.borrower,
      titleId: loan.titleId,
      model: title.modelName,
      gpuCount: title.gpuCount,
      dataCenter: title.dataCenter,
      appraisedValue: title.appraisedValue,
      currentValue: open ? loan.collateralValue : undefined,
      appraisalAgeDays: appraisedAt === 0n ? undefined : now > appraisedAt ? (now - appraisedAt) / DAY : 0n,
      insuranceExpiry,
      insuranceLapsed: insuranceExpiry <= now,
      principal: loan.principal,
      aprBps: loan.aprBps,
      ltvBps: open && loan.ltvBps !== maxUint256 ? loan.ltvBps : undefined,
      status: loan.status,
      daysPastDue: loan.status === LoanStatus.Active ? daysPastDue(loan.nextDueDate, now) : undefined,
    });
  }
  return rows;
}

export const TAPE_CSV_HEADER = [
  "loan id",
  "borrower",
  "title id",
  "gpu model",
  "gpu count",
  "data centre",
  "appraised value (USD)",
  "current value (USD)",
  "appraisal age (days)",
  "insurance expiry (UTC)",
  "insurance lapsed",
  "principal outstanding (AID)",
  "apr (%)",
  "ltv (%)",
  "status",
  "days past due",
] as const;

const isoDate = (seconds: bigint) => (seconds === 0n ? "" : new Date(Number(seconds) * 1000).toISOString());

/** CSV rows of the tape: exact amounts (every decimal), percentages from basis points, ISO times in UTC. */
export function tapeCsvRows(rows: readonly TapeRow[]) {
  return rows.map((row) => [
    row.id,
    row.borrower,
    row.titleId,
    row.model,
    row.gpuCount,
    row.dataCenter,
    formatUnits(row.appraisedValue, 18),
    row.currentValue === undefined ? "" : formatUnits(row.currentValue, 18),
    row.appraisalAgeDays ?? "",
    isoDate(row.insuranceExpiry),
    row.insuranceLapsed ? "yes" : "no",
    formatUnits(row.principal, 18),
    formatUnits(row.aprBps, 2),
    row.ltvBps === undefined ? "" : formatUnits(row.ltvBps, 2),
    loanStatusLabel(row.status),
    row.daysPastDue ?? "",
  ]);
}
