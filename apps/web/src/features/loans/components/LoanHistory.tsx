"use client";

import { formatAmount, formatTimestamp, shortHash } from "@/lib/format";
import { AID } from "@/lib/units";
import { useLoanHistory } from "../hooks/useLoanHistory";

/** A loan's history from the chain's logs: each event with its block time, the AID that moved and the tx hash. */
export function LoanHistory({ loanId }: { loanId: bigint }) {
  const history = useLoanHistory(loanId, true);
  const testId = `loan-history-${loanId}`;
  if (history.isError)
    return (
      <p role="alert" className="text-sm text-red-700" data-testid={testId} data-ready="false">
        The loan's history could not be read from the network.
      </p>
    );
  if (!history.data)
    return (
      <p className="text-sm text-slate-600" data-testid={testId} data-ready="false">
        Reading the loan's history…
      </p>
    );
  return (
    <ol className="flex flex-col gap-2 text-sm" data-testid={testId} data-ready="true">
      {history.data.map((row) => (
        <li
          key={row.key}
          className="flex flex-col gap-0.5 border-l-2 border-slate-200 pl-3"
          data-testid={`${testId}-row`}
          data-action={row.action}
          data-amount={row.amount.toString()}
          data-tx={row.tx}
        >
          <p>
            <span className="font-semibold">{row.action}</span>{" "}
            <span className="tabular-nums">{formatAmount(row.amount, AID.decimals, 4)} AID</span>
            <span className="text-slate-500"> · {formatTimestamp(row.timestamp)}</span>
          </p>
          <p className="text-slate-600">{row.detail}</p>
          <p className="font-mono text-xs text-slate-500" title={row.tx}>
            tx {shortHash(row.tx)}
          </p>
        </li>
      ))}
    </ol>
  );
}
