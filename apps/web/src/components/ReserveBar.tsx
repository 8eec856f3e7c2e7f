import { formatAmount, formatBps } from "@/lib/format";
import { USDC } from "@/lib/units";

/** The reserve split into its USDC buffer and its T-bills: a bar and the two figures with their shares. */
export function ReserveBar({ buffer, tBills, testId }: { buffer?: bigint; tBills?: bigint; testId?: string }) {
  const total = buffer !== undefined && tBills !== undefined ? buffer + tBills : undefined;
  const share = (part: bigint | undefined) =>
    total === undefined || part === undefined || total === 0n ? undefined : (part * 10_000n) / total;
  const bufferBps = share(buffer);
  const width = bufferBps === undefined ? "50%" : `${Number(bufferBps) / 100}%`;
  const parts = [
    { label: "USDC buffer", value: buffer, bps: bufferBps, swatch: "bg-teal-600", id: "buffer" },
    { label: "T-bills", value: tBills, bps: share(tBills), swatch: "bg-indigo-400", id: "t-bills" },
  ];
  return (
    <div data-testid={testId}>
      <div className="flex h-2.5 overflow-hidden rounded-full bg-indigo-400" aria-hidden="true">
        <div className={total === undefined || total === 0n ? "bg-slate-200" : "bg-teal-600"} style={{ width }} />
        {total === 0n ? <div className="flex-1 bg-slate-200" /> : null}
      </div>
      <ul className="mt-2 flex flex-wrap gap-x-6 gap-y-1 text-sm text-slate-600">
        {parts.map((part) => (
          <li key={part.id} className="flex items-center gap-2">
            <span className={`inline-block h-2.5 w-2.5 rounded-sm ${part.swatch}`} aria-hidden="true" />
            {part.label}{" "}
            <span
              className="font-medium text-slate-900 tabular-nums"
              data-testid={testId ? `${testId}-${part.id}` : undefined}
            >
              {part.value === undefined ? "—" : `${formatAmount(part.value, USDC.decimals)} USDC`}
            </span>
            {part.bps === undefined ? null : <span className="tabular-nums">({formatBps(part.bps)})</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}
