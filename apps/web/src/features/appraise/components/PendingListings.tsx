"use client";

import { useMemo } from "react";
import type { Hex } from "viem";
import { useChainClock } from "@/features/chain/hooks/useChainClock";
import { TitleFacts } from "@/features/titles/components/TitleFacts";
import { serialsCommitment, serialText } from "@/features/titles/serials";
import type { Title } from "@/features/titles/types";
import { usePendingTitles } from "../hooks/usePendingTitles";
import { useSubmittedSerials } from "../hooks/useSubmittedSerials";
import { AppraisalForm } from "./AppraisalForm";
import { RejectForm } from "./RejectForm";

/** Every listing waiting for appraisal, with what was submitted, the serial list, and the appraiser's two decisions. */
export function PendingListings({ onDone }: { onDone: (message: string) => void }) {
  const { titles, isLoading, isError } = usePendingTitles();
  const ids = useMemo(() => titles?.map((t) => t.id) ?? [], [titles]);
  const { serials, isLoading: serialsLoading } = useSubmittedSerials(ids);
  const now = useChainClock().now();
  return (
    <div
      className="flex flex-col gap-4"
      data-testid="pending-listings"
      aria-busy={isLoading}
      data-ready={!isLoading && (ids.length === 0 || !serialsLoading)}
    >
      {isError ? (
        <p role="alert" className="text-sm text-red-700">
          The listings could not be read from the network. They will refresh when it answers again.
        </p>
      ) : null}
      {isLoading ? <p className="text-sm text-slate-500">Loading the listings…</p> : null}
      {titles && titles.length === 0 ? (
        <p className="text-sm text-slate-600">No listings are waiting for appraisal.</p>
      ) : null}
      {titles?.map((title) => (
        <article
          key={title.id.toString()}
          data-testid={`listing-${title.id}`}
          className="flex flex-col gap-4 rounded-xl border border-slate-200 p-4"
        >
          <header className="flex flex-wrap items-baseline justify-between gap-2">
            <h3 className="text-base font-semibold">
              Title #{title.id.toString()} · {title.gpuCount} × {title.modelName}
            </h3>
            <p className="break-all font-mono text-xs text-slate-500" title={title.owner}>
              listed by {title.owner}
            </p>
          </header>
          <TitleFacts title={title} now={now} submitted />
          <SerialList title={title} serials={serials?.get(title.id)} loading={serialsLoading} />
          <div className="grid grid-cols-1 gap-6 border-t border-slate-200 pt-4 lg:grid-cols-[2fr_1fr]">
            <AppraisalForm title={title} onDone={onDone} />
            <RejectForm title={title} onDone={onDone} />
          </div>
        </article>
      ))}
    </div>
  );
}

/** The serials emitted at submission, checked against the commitment the registry stores. */
function SerialList({ title, serials, loading }: { title: Title; serials?: readonly Hex[]; loading: boolean }) {
  if (!serials) {
    return (
      <p className="text-sm text-slate-500">
        {loading ? "Loading the serial list…" : "The serial list could not be found in the submission event."}
      </p>
    );
  }
  const matches = serialsCommitment(serials) === title.serialsCommitment;
  return (
    <div className="rounded-lg bg-slate-50 p-3 text-sm" data-testid={`listing-serials-${title.id}`}>
      <p className="text-slate-700">
        {serials.length} serial {serials.length === 1 ? "number" : "numbers"} from the submission ·{" "}
        {matches ? (
          <span className="text-emerald-700">match the commitment on record</span>
        ) : (
          <span className="font-semibold text-red-700">do not match the commitment on record</span>
        )}
      </p>
      <ol className="mt-2 flex max-h-40 flex-wrap gap-1 overflow-y-auto font-mono text-xs">
        {serials.map((packed) => (
          <li key={packed} className="rounded bg-surface px-1.5 py-0.5 ring-1 ring-slate-200">
            {serialText(packed)}
          </li>
        ))}
      </ol>
    </div>
  );
}
