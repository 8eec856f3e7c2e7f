import type { ReactNode } from "react";

/**
 * One figure with its "how is this calculated" note: the formula in words, where it is read from, and the
 * block it was read at, so anyone can check it.
 */
export function Metric({
  label,
  value,
  testId,
  formula,
  source,
  block,
  sub,
}: {
  label: string;
  value: ReactNode;
  testId: string;
  formula: ReactNode;
  source?: ReactNode;
  block: bigint | undefined;
  sub?: ReactNode;
}) {
  return (
    <div className="flex flex-col gap-1" data-testid={`${testId}-metric`}>
      <dt className="text-sm text-slate-500">{label}</dt>
      <dd className="text-xl font-semibold tabular-nums" data-testid={testId}>
        {value}
      </dd>
      {sub ? <dd className="text-sm text-slate-600">{sub}</dd> : null}
      <dd>
        <details className="group text-xs text-slate-500">
          <summary className="cursor-pointer select-none text-brand hover:underline">How is this calculated?</summary>
          <div className="mt-1 flex flex-col gap-1 rounded-lg bg-slate-50 p-2 text-slate-600 [overflow-wrap:anywhere]">
            <p>{formula}</p>
            {source ? <p>Read from {source}.</p> : null}
            <p data-testid={`${testId}-block`}>
              {block === undefined ? "Reading…" : `Read at block ${block.toString()}.`}
            </p>
          </div>
        </details>
      </dd>
    </div>
  );
}
