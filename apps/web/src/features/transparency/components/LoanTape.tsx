"use client";

import { useMemo } from "react";
import { ContractLink } from "@/components/ContractLink";
import { Button } from "@/components/ui/Button";
import { useLoanBook } from "@/features/loans/hooks/useLoanBook";
import { useProtocolAddresses } from "@/features/mint/hooks/useProtocolAddresses";
import { toCsv } from "@/lib/csv";
import { formatAmount, formatBps, formatDate, formatUsd, shortAddress } from "@/lib/format";
import { loanStatusLabel } from "@/lib/loans";
import { TAPE_CSV_HEADER, type TapeRow, tapeCsvRows, toTapeRows } from "@/lib/loanTape";
import { AID } from "@/lib/units";

const th = "whitespace-nowrap py-2 pr-4 font-medium";
const td = "whitespace-nowrap py-2 pr-4 tabular-nums";

/**
 * Every loan with its collateral, read at one block (LoanManager.loans and GPUTitleRegistry.title), ages and
 * lateness by that block's clock; downloadable as CSV with exact amounts.
 */
export function LoanTape() {
  const { loanManager, titleRegistry } = useProtocolAddresses();
  const book = useLoanBook({ titles: true });
  const now = book.clock?.timestamp;
  const rows = useMemo(
    () => (book.loans && book.titles && now !== undefined ? toTapeRows(book.loans, book.titles, now) : undefined),
    [book.loans, book.titles, now],
  );
  const manager = <ContractLink id="loan-manager" name="LoanManager" address={loanManager} />;
  const registry = <ContractLink id="titles" name="GPUTitleRegistry" address={titleRegistry} />;

  const download = () => {
    if (!rows || book.blockNumber === undefined) return;
    const csv = toCsv(TAPE_CSV_HEADER, tapeCsvRows(rows));
    const url = URL.createObjectURL(new Blob([csv], { type: "text/csv;charset=utf-8" }));
    const link = document.createElement("a");
    link.href = url;
    link.download = `aid-loan-tape-block-${book.blockNumber}.csv`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1_000);
  };

  return (
    <div data-testid="loan-tape" data-ready={rows ? "true" : "false"}>
      <div className="mb-3 flex flex-wrap items-start justify-between gap-3">
        <p className="max-w-2xl text-xs text-slate-600" data-testid="loan-tape-source">
          Loans, principal, APR, LTV, current value, status and lateness from {manager}.loans(); model, data centre,
          appraisal and verified insurance from {registry}.title(); read at{" "}
          {book.blockNumber === undefined
            ? "the latest block"
            : `block ${book.blockNumber}${now === undefined ? "" : `, chain time ${formatDate(now)}`}`}
          . Current value is the appraisal depreciated to now; USD and AID both have 18 decimals.
        </p>
        <Button
          variant="secondary"
          onClick={download}
          disabled={!rows || rows.length === 0}
          data-testid="loan-tape-download"
        >
          Download CSV
        </Button>
      </div>
      {book.isError ? (
        <p role="alert" className="mb-3 text-sm text-red-700">
          The loan tape could not be read from the network. It will refresh when it answers again.
        </p>
      ) : null}
      {!rows ? (
        <p className="text-sm text-slate-600">Reading the loan book…</p>
      ) : rows.length === 0 ? (
        <p className="rounded-lg bg-slate-50 p-4 text-sm text-slate-600" data-testid="loan-tape-empty">
          No loan has been opened yet: {manager}.loans() returns none at block {book.blockNumber?.toString()}.
        </p>
      ) : (
        <div className="-mx-6 overflow-x-auto px-6">
          <table className="w-full min-w-[1100px] text-left text-sm" data-testid="loan-tape-table">
            <thead className="border-b border-slate-200 text-xs uppercase tracking-wide text-slate-500">
              <tr>
                <th className={th}>Loan</th>
                <th className={th}>Borrower</th>
                <th className={th}>Title</th>
                <th className={th}>Collateral</th>
                <th className={`${th} text-right`}>Appraised</th>
                <th className={`${th} text-right`}>Value now</th>
                <th className={`${th} text-right`}>Appraisal age</th>
                <th className={th}>Insurance until</th>
                <th className={`${th} text-right`}>Principal</th>
                <th className={`${th} text-right`}>APR</th>
                <th className={`${th} text-right`}>LTV</th>
                <th className={th}>Status</th>
                <th className={`${th} text-right`}>Days past due</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <TapeLine key={row.id.toString()} row={row} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

function TapeLine({ row }: { row: TapeRow }) {
  const id = `tape-${row.id}`;
  return (
    <tr className="border-b border-slate-100 align-top" data-testid={id}>
      <td className={`${td} font-mono`}>#{row.id.toString()}</td>
      <td className={`${td} font-mono text-xs`} title={row.borrower}>
        {shortAddress(row.borrower)}
      </td>
      <td className={td}>#{row.titleId.toString()}</td>
      <td className="py-2 pr-4">
        {row.gpuCount} × {row.model}
        <span className="block text-xs text-slate-500">{row.dataCenter}</span>
      </td>
      <td className={`${td} text-right`}>{formatUsd(row.appraisedValue)}</td>
      <td className={`${td} text-right`}>{row.currentValue === undefined ? "—" : formatUsd(row.currentValue)}</td>
      <td className={`${td} text-right`}>{row.appraisalAgeDays === undefined ? "—" : `${row.appraisalAgeDays} d`}</td>
      <td className={td}>
        {row.insuranceExpiry === 0n ? "—" : formatDate(row.insuranceExpiry)}
        {row.insuranceLapsed ? <span className="ml-1 font-semibold text-red-700">lapsed</span> : null}
      </td>
      <td className={`${td} text-right`} data-testid={`${id}-principal`}>
        {formatAmount(row.principal, AID.decimals, 2)} AID
      </td>
      <td className={`${td} text-right`}>{formatBps(row.aprBps)}</td>
      <td className={`${td} text-right`}>{row.ltvBps === undefined ? "—" : formatBps(row.ltvBps)}</td>
      <td className={td} data-testid={`${id}-status`}>
        {loanStatusLabel(row.status)}
      </td>
      <td
        className={`${td} text-right ${row.daysPastDue !== undefined && row.daysPastDue > 0n ? "font-semibold text-red-700" : ""}`}
      >
        {row.daysPastDue === undefined ? "—" : row.daysPastDue.toString()}
      </td>
    </tr>
  );
}
