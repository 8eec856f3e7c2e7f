import { formatDate, formatFixed } from "@/lib/format";
import { type Installment, scheduleTotals } from "@/lib/loanTerms";
import { AID } from "@/lib/units";

const aid = (value: bigint) => formatFixed(value, AID.decimals, 2);

/**
 * Payments, one row each (due date, principal, interest, total) and a totals row. Each row also carries its exact
 * amounts in wei as data attributes, for checks against the chain.
 */
export function ScheduleTable({
  rows,
  testId,
  caption,
}: {
  rows: readonly Installment[];
  testId: string;
  caption: string;
}) {
  const totals = scheduleTotals(rows);
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[18rem] text-right text-xs tabular-nums sm:text-sm" data-testid={testId}>
        <caption className="pb-1 text-left text-xs text-slate-500">{caption}</caption>
        <thead className="text-xs text-slate-500">
          <tr>
            <th className="py-1 text-left font-medium">Due (00:00 UTC)</th>
            <th className="py-1 font-medium">Principal</th>
            <th className="py-1 font-medium">Interest</th>
            <th className="py-1 font-medium">Total AID</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr
              key={row.dueDate.toString()}
              className="border-t border-slate-100"
              data-testid={`${testId}-row`}
              data-due={row.dueDate.toString()}
              data-principal={row.principal.toString()}
              data-interest={row.interest.toString()}
              data-total={row.total.toString()}
            >
              <td className="py-1 text-left">{formatDate(row.dueDate)}</td>
              <td className="py-1">{aid(row.principal)}</td>
              <td className="py-1">{aid(row.interest)}</td>
              <td className="py-1">{aid(row.total)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr
            className="border-t border-slate-300 font-semibold"
            data-testid={`${testId}-totals`}
            data-principal={totals.principal.toString()}
            data-interest={totals.interest.toString()}
            data-total={totals.total.toString()}
          >
            <td className="py-1 text-left">Total</td>
            <td className="py-1">{aid(totals.principal)}</td>
            <td className="py-1">{aid(totals.interest)}</td>
            <td className="py-1">{aid(totals.total)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
