"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { TxStatus } from "@/components/tx/TxStatus";
import { useTransactionFlow } from "@/components/tx/useTransactionFlow";
import { Button } from "@/components/ui/Button";
import { Field, Select } from "@/components/ui/Field";
import { useTitleRegistry } from "@/features/titles/hooks/useTitleRegistry";
import type { Title } from "@/features/titles/types";
import { formatUsd } from "@/lib/format";
import { REJECTION_REASONS } from "@/lib/titleLabels";
import { rejectFlow } from "../flows/appraisalFlows";
import { type RejectForm as RejectValues, rejectFormSchema } from "../schema";

/** Reject a listing with one of the registry's reasons; the owner can then withdraw it. */
export function RejectForm({ title, onDone }: { title: Title; onDone: (message: string) => void }) {
  const registry = useTitleRegistry();
  const flow = useTransactionFlow();
  const form = useForm<RejectValues, unknown, z.output<typeof rejectFormSchema>>({
    resolver: zodResolver(rejectFormSchema),
    defaultValues: { reason: "" },
  });
  const error = form.formState.errors.reason?.message;
  const id = `reject-${title.id}-reason`;

  const onSubmit = form.handleSubmit(async ({ reason }) => {
    const why = REJECTION_REASONS[reason];
    const ok = await flow.run(rejectFlow(registry.address, title.id, reason), {
      review: {
        title: `Reject the listing of title #${title.id}`,
        summary: `Title #${title.id} (${title.gpuCount} × ${title.modelName} in ${title.dataCenter}) is marked rejected for good: it can never be appraised or borrowed against. Its serial numbers are freed, and the owner can only withdraw it and list again.`,
        rows: [
          { label: "Reason", value: why, emphasis: true },
          { label: "Owner", value: title.owner },
          { label: "Purchase price declared", value: formatUsd(title.purchasePrice) },
          { label: "Fees", value: "None beyond the network fee" },
        ],
        confirmLabel: "Reject listing",
      },
      success: `Rejected the listing of title #${title.id}: ${why.toLowerCase()}`,
    });
    if (ok) onDone(`Title #${title.id} rejected: ${REJECTION_REASONS[reason].toLowerCase()}.`);
  });

  return (
    <form noValidate onSubmit={onSubmit} className="flex flex-col gap-3" data-testid={`reject-form-${title.id}`}>
      <h4 className="text-sm font-semibold text-slate-800">Or reject the listing</h4>
      <Field id={id} label="Reason" error={error}>
        <Select id={id} error={error} disabled={flow.busy} {...form.register("reason")}>
          <option value="">Choose a reason</option>
          {REJECTION_REASONS.map((label, reason) =>
            reason === 0 ? null : (
              <option key={label} value={String(reason)}>
                {label}
              </option>
            ),
          )}
        </Select>
      </Field>
      <Button type="submit" variant="secondary" disabled={flow.busy} className="self-start border-red-300 text-red-700">
        {flow.busy ? "Working…" : "Reject listing"}
      </Button>
      <TxStatus state={flow.state} testId={`reject-status-${title.id}`} />
    </form>
  );
}
