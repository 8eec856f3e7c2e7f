"use client";

import { Button } from "@/components/ui/Button";
import { Dialog } from "@/components/ui/Dialog";
import type { TxReviewContent } from "./useTransactionFlow";

/**
 * The review every irreversible action shows before anything is signed: what happens, the amounts in and out with the
 * fees, what the user ends up with, and the transactions the wallet will ask for. Confirm signs; Cancel (or Escape)
 * sends nothing.
 */
export function TxReview({
  review,
  steps,
  onConfirm,
  onCancel,
}: {
  review: TxReviewContent;
  steps: readonly string[];
  onConfirm: () => void;
  onCancel: () => void;
}) {
  return (
    <Dialog open title={review.title} onClose={onCancel} testId="tx-review">
      <p className="text-sm text-slate-700" data-testid="tx-review-summary">
        {review.summary}
      </p>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        {review.rows.map((row) => (
          <div key={row.label} className="contents" data-testid="tx-review-row" data-label={row.label}>
            <dt className="text-slate-500">{row.label}</dt>
            <dd className={`text-right tabular-nums ${row.emphasis ? "font-semibold" : ""}`}>{row.value}</dd>
          </div>
        ))}
      </dl>
      {review.note ? (
        <p className="rounded-lg bg-amber-50 p-2 text-sm text-amber-900" data-testid="tx-review-note">
          {review.note}
        </p>
      ) : null}
      <p className="text-xs text-slate-500" data-testid="tx-review-steps">
        Your wallet will ask you to sign: {steps.join(", then ")}. This cannot be undone once it is mined.
      </p>
      <div className="flex justify-end gap-2">
        <Button variant="secondary" onClick={onCancel} data-testid="tx-review-cancel">
          Cancel
        </Button>
        <Button onClick={onConfirm} data-testid="tx-review-confirm" autoFocus>
          {review.confirmLabel}
        </Button>
      </div>
    </Dialog>
  );
}
