"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMemo } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { TxStatus } from "@/components/tx/TxStatus";
import { useTransactionFlow } from "@/components/tx/useTransactionFlow";
import { AmountInput } from "@/components/ui/AmountInput";
import { Button } from "@/components/ui/Button";
import { Field, TextArea, TextInput } from "@/components/ui/Field";
import { useChainClock } from "@/features/chain/hooks/useChainClock";
import { useTitleRegistry } from "@/features/titles/hooks/useTitleRegistry";
import type { Title } from "@/features/titles/types";
import { formatDate, formatUsd } from "@/lib/format";
import { appraiseFlow } from "../flows/appraisalFlows";
import { type AppraisalForm as AppraisalValues, appraisalFormSchema, reportHash } from "../schema";

type Appraisal = z.output<ReturnType<typeof appraisalFormSchema>>;

/** Record an appraisal of a listing: value, valid-until, the report's hash, and the insurance check it certifies. */
export function AppraisalForm({ title, onDone }: { title: Title; onDone: (message: string) => void }) {
  const registry = useTitleRegistry();
  const flow = useTransactionFlow();
  const { now } = useChainClock();
  const schema = useMemo(() => appraisalFormSchema(now), [now]);
  const form = useForm<AppraisalValues, unknown, Appraisal>({
    resolver: zodResolver(schema),
    defaultValues: { value: "", validUntil: "", reportReference: "", insuranceChecked: false },
  });
  const errors = form.formState.errors;
  const reference = form.watch("reportReference");
  const id = (name: string) => `appraise-${title.id}-${name}`;

  const onSubmit = form.handleSubmit(async ({ value, validUntil, reportReference }) => {
    const ok = await flow.run(
      appraiseFlow(registry.address, title.id, { value, validUntil, reportHash: reportReference }),
    );
    if (ok) {
      onDone(
        `Title #${title.id} appraised at ${formatUsd(value)}, valid until ${formatDate(validUntil)}; its insurance is verified.`,
      );
    }
  });

  return (
    <form noValidate onSubmit={onSubmit} className="flex flex-col gap-3" data-testid={`appraise-form-${title.id}`}>
      <h4 className="text-sm font-semibold text-slate-800">Record appraisal</h4>
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
        <AmountInput
          id={id("value")}
          label="Appraised value"
          symbol="USD"
          error={errors.value?.message}
          disabled={flow.busy}
          {...form.register("value")}
        />
        <Field
          id={id("valid-until")}
          label="Valid until (UTC)"
          hint={`At most a year from today, ${formatDate(now())} by the chain's clock`}
          error={errors.validUntil?.message}
        >
          <TextInput
            id={id("valid-until")}
            type="date"
            hint
            error={errors.validUntil?.message}
            disabled={flow.busy}
            {...form.register("validUntil")}
          />
        </Field>
      </div>
      <Field
        id={id("report")}
        label="Report reference"
        error={errors.reportReference?.message}
        hint={
          <>
            A document id, URL or the report&apos;s text. Only its hash goes on chain: keccak256 of this exact text
            (UTF-8, spaces at the ends removed), so anyone holding the same text can check it.
            {reference.trim() ? (
              <span className="mt-1 block break-all font-mono text-slate-700" data-testid={id("hash")}>
                {reportHash(reference)}
              </span>
            ) : null}
          </>
        }
      >
        <TextArea
          id={id("report")}
          rows={2}
          hint
          error={errors.reportReference?.message}
          disabled={flow.busy}
          {...form.register("reportReference")}
        />
      </Field>
      <div>
        <label className="flex items-start gap-2 text-sm text-slate-700">
          <input
            type="checkbox"
            className="mt-0.5 size-4 accent-brand"
            aria-invalid={Boolean(errors.insuranceChecked)}
            disabled={flow.busy}
            {...form.register("insuranceChecked")}
          />
          <span>
            I checked the insurance policy above ({title.insurance.insurer}, policy {title.insurance.policyId}, covering{" "}
            {formatUsd(title.insurance.coverage)} until {formatDate(title.insurance.expiry)}): recording the appraisal
            marks it verified.
          </span>
        </label>
        {errors.insuranceChecked ? (
          <p role="alert" className="mt-1 text-sm text-red-600">
            {errors.insuranceChecked.message}
          </p>
        ) : null}
      </div>
      <Button type="submit" disabled={flow.busy} className="self-start">
        {flow.busy ? "Working…" : "Record appraisal"}
      </Button>
      <TxStatus state={flow.state} testId={`appraise-status-${title.id}`} />
    </form>
  );
}
