"use client";

import { useMemo, useState } from "react";
import { TxStatus } from "@/components/tx/TxStatus";
import { useTransactionFlow } from "@/components/tx/useTransactionFlow";
import { LiquidateButton } from "@/features/loans/components/LiquidateButton";
import { useLoanBook } from "@/features/loans/hooks/useLoanBook";
import { formatAmount, formatTimestamp, shortAddress } from "@/lib/format";
import { assessLoanRisk, EXPIRY_WARNING, formatHealth, HEALTH_WARNING } from "@/lib/loanRisk";
import { DAY, defaultReasonLabel, formatLtv } from "@/lib/loans";
import { AID } from "@/lib/units";

const DAYS = EXPIRY_WARNING / DAY;

/**
 * Active loans an appraiser should act on: late, near or above the liquidation threshold, or with an appraisal or
 * verified insurance ending soon or lapsed. A Liquidate button where the contract allows it now.
 */
export function LoansAtRisk({ onDone }: { onDone: (message: string) => void }) {
  const book = useLoanBook({ titles: true });
  // The clock at the block the loans were read at: the reasons and dates match the figures shown.
  const now = book.clock?.timestamp;
  const flow = useTransactionFlow();
  const [liquidating, setLiquidating] = useState<bigint>();
  const rows = useMemo(() => {
    if (!book.loans || !book.titles || now === undefined) return undefined;
    return book.loans.flatMap((loan) => {
      const title = book.titles?.get(loan.titleId);
      const risk = title ? assessLoanRisk(loan, title, now) : undefined;
      return title && risk ? [{ loan, title, risk }] : [];
    });
  }, [book.loans, book.titles, now]);

  return (
    <div className="flex flex-col gap-3" data-testid="loans-at-risk" data-ready={rows ? "true" : "false"}>
      <p className="text-sm text-slate-600">
        Active loans that are late, have a health factor under {formatHealth(HEALTH_WARNING)} (1.00 is the liquidation
        threshold), or whose appraisal or verified insurance ends within {DAYS.toString()} days or has lapsed, by the
        chain&apos;s clock{book.blockNumber === undefined ? "" : ` at block ${book.blockNumber}`}.
      </p>
      {book.isError ? (
        <p role="alert" className="text-sm text-red-700">
          The loans could not be read from the network. They will refresh when it answers again.
        </p>
      ) : null}
      {liquidating !== undefined && flow.state.status !== "idle" ? (
        <div className="rounded-lg bg-slate-50 p-3" data-testid="at-risk-liquidation">
          <p className="text-sm font-medium">Liquidation of loan #{liquidating.toString()}</p>
          <TxStatus state={flow.state} testId="at-risk-liquidate-status" />
        </div>
      ) : null}
      {!rows ? (
        <p className="text-sm text-slate-500">Reading the loan book…</p>
      ) : rows.length === 0 ? (
        <p className="text-sm text-slate-600" data-testid="at-risk-empty">
          No active loan is at risk.
        </p>
      ) : (
        <ul className="flex flex-col gap-3">
          {rows.map(({ loan, title, risk }) => (
            <li
              key={loan.id.toString()}
              className="flex flex-col gap-3 rounded-xl border border-slate-200 p-4 sm:flex-row sm:items-start sm:justify-between"
              data-testid={`at-risk-${loan.id}`}
            >
              <div className="min-w-0 text-sm">
                <p className="font-semibold">
                  Loan #{loan.id.toString()} · title #{loan.titleId.toString()} ({title.gpuCount} × {title.modelName},{" "}
                  {title.dataCenter})
                </p>
                <ul className="mt-1 list-disc pl-5 text-red-700" data-testid={`at-risk-${loan.id}-reasons`}>
                  {risk.risks.map((r) => (
                    <li key={r.kind}>{r.text}</li>
                  ))}
                </ul>
                <dl className="mt-2 grid grid-cols-2 gap-x-4 gap-y-1 sm:grid-cols-3">
                  <div>
                    <dt className="text-slate-500">Borrower</dt>
                    <dd className="font-mono text-xs" title={loan.borrower}>
                      {shortAddress(loan.borrower)}
                    </dd>
                  </div>
                  <div>
                    <dt className="text-slate-500">Debt</dt>
                    <dd>{formatAmount(loan.payoff, AID.decimals, 2)} AID</dd>
                  </div>
                  <div>
                    <dt className="text-slate-500">LTV</dt>
                    <dd>{formatLtv(loan.ltvBps)}</dd>
                  </div>
                  <div>
                    <dt className="text-slate-500">Health</dt>
                    <dd>{formatHealth(loan.healthFactor)}</dd>
                  </div>
                  <div>
                    <dt className="text-slate-500">Payment deadline</dt>
                    <dd>{formatTimestamp(loan.deadline)}</dd>
                  </div>
                </dl>
              </div>
              <div className="flex shrink-0 flex-col gap-1 text-sm" data-testid={`at-risk-${loan.id}-action`}>
                {risk.liquidatable ? (
                  <>
                    <span className="text-xs text-red-700">
                      Liquidatable now: {defaultReasonLabel(loan.defaultReason)}
                    </span>
                    <LiquidateButton
                      loan={loan}
                      flow={flow}
                      testId={`at-risk-${loan.id}-liquidate`}
                      onStart={setLiquidating}
                      onDone={(id) => onDone(`Loan #${id} liquidated: its title is now in a Dutch auction.`)}
                    />
                  </>
                ) : (
                  <span className="text-xs text-slate-600">
                    {risk.liquidatableAfter !== undefined
                      ? `Liquidatable after ${formatTimestamp(risk.liquidatableAfter)} if nothing changes`
                      : "Liquidatable once the LTV is above the threshold"}
                  </span>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
