import { useMemo } from "react";
import { analyzeSerials, serialsCommitment } from "../serials";

/**
 * What will be sent for a pasted or uploaded list, before anything is sent: the serials in the one canonical form the
 * contract accepts (upper case, no spaces, separators or leading zeros), sorted as it needs them, with the entries
 * that were rewritten shown as typed and as sent, the repeats and invalid entries flagged, the count compared, and
 * the commitment.
 */
export function SerialsPreview({ text, gpuCount }: { text: string; gpuCount: string }) {
  const analysis = useMemo(() => analyzeSerials(text), [text]);
  if (analysis.entries === 0) return null;
  const repeated = new Set(analysis.duplicates.map((d) => d.serial));
  const clean = analysis.invalid.length === 0 && analysis.duplicates.length === 0;
  const count = /^\d+$/.test(gpuCount.trim()) ? Number(gpuCount) : undefined;
  const distinct = analysis.sorted.length;
  return (
    <div className="mt-2 rounded-lg bg-slate-50 p-3 text-sm text-slate-700" data-testid="serials-preview">
      <p>
        <strong className="tabular-nums">{distinct}</strong> distinct serial {distinct === 1 ? "number" : "numbers"}, as
        they will be sent (upper case, without spaces, - . / _ or leading zeros), sorted
        {analysis.invalid.length > 0 ? (
          <span className="text-red-700"> · {analysis.invalid.length} invalid</span>
        ) : null}
        {analysis.duplicates.length > 0 ? (
          <span className="text-red-700"> · {analysis.duplicates.length} repeated</span>
        ) : null}
        {count !== undefined && clean ? (
          count === distinct ? (
            <span className="text-emerald-700"> · matches the GPU count</span>
          ) : (
            <span className="text-red-700">
              {" "}
              · the GPU count is {count} (
              {count > distinct ? `${count - distinct} missing` : `${distinct - count} extra`})
            </span>
          )
        ) : null}
      </p>
      {distinct > 0 ? (
        <ol
          className="mt-2 flex max-h-40 flex-wrap gap-1 overflow-y-auto font-mono text-xs"
          data-testid="serials-sorted"
        >
          {analysis.sorted.map(({ serial }) => (
            <li
              key={serial}
              className={`rounded px-1.5 py-0.5 ${repeated.has(serial) ? "bg-red-100 text-red-800" : "bg-surface ring-1 ring-slate-200"}`}
            >
              {serial}
            </li>
          ))}
        </ol>
      ) : null}
      {analysis.rewritten.length > 0 ? (
        <div className="mt-2 text-xs" data-testid="serials-rewritten">
          <p>
            {analysis.rewritten.length === 1
              ? "1 serial number is sent in its canonical form:"
              : `${analysis.rewritten.length} serial numbers are sent in their canonical form:`}
          </p>
          <ul className="mt-1 font-mono">
            {analysis.rewritten.slice(0, 10).map((r, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: entries may repeat; the list is never reordered
              <li key={i}>
                {r.raw} → {r.serial}
              </li>
            ))}
            {analysis.rewritten.length > 10 ? <li>and {analysis.rewritten.length - 10} more</li> : null}
          </ul>
        </div>
      ) : null}
      {analysis.invalid.length > 0 ? (
        <ul className="mt-2 list-inside list-disc text-xs text-red-700">
          {analysis.invalid.slice(0, 10).map((s, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: invalid entries may repeat; the list is never reordered
            <li key={i}>
              “{s.raw}” {s.problem}
            </li>
          ))}
        </ul>
      ) : null}
      {clean ? (
        <p className="mt-2 text-xs">
          Commitment recorded on chain (keccak256 of the sorted list):{" "}
          <code className="break-all text-slate-900" data-testid="serials-commitment">
            {serialsCommitment(analysis.sorted.map((s) => s.packed))}
          </code>
        </p>
      ) : null}
    </div>
  );
}
