"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMemo } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { AmountInput } from "@/components/ui/AmountInput";
import { Button } from "@/components/ui/Button";
import { Field, TextInput } from "@/components/ui/Field";
import { useChainClock } from "@/features/chain/hooks/useChainClock";
import { formatDate } from "@/lib/format";
import { type InsuranceForm as InsuranceFormValues, insuranceFormSchema } from "../schema";

type Insurance = z.output<ReturnType<typeof insuranceFormSchema>>;

/** A renewed insurance policy for a title: checked by the same rules as a listing's. */
export function InsuranceForm({
  titleId,
  busy,
  onSubmit,
  onCancel,
}: {
  titleId: bigint;
  busy: boolean;
  onSubmit: (insurance: Insurance) => Promise<void>;
  onCancel: () => void;
}) {
  const { now } = useChainClock();
  const schema = useMemo(() => insuranceFormSchema(now), [now]);
  const form = useForm<InsuranceFormValues, unknown, Insurance>({
    resolver: zodResolver(schema),
    defaultValues: { insurer: "", policyId: "", coverage: "", insuranceExpiry: "" },
  });
  const errors = form.formState.errors;
  const id = (name: string) => `renew-${titleId}-${name}`;
  return (
    <form
      noValidate
      onSubmit={form.handleSubmit(onSubmit)}
      className="grid grid-cols-1 gap-3 rounded-lg border border-slate-200 bg-slate-50 p-4 sm:grid-cols-2"
      data-testid={`insurance-form-${titleId}`}
    >
      <p className="text-sm text-slate-700 sm:col-span-2">
        The new policy counts once an appraiser verifies it; until then the title stays covered up to the policy already
        verified.
      </p>
      <Field id={id("insurer")} label="Insurer" error={errors.insurer?.message}>
        <TextInput id={id("insurer")} error={errors.insurer?.message} disabled={busy} {...form.register("insurer")} />
      </Field>
      <Field id={id("policy")} label="Policy id" error={errors.policyId?.message}>
        <TextInput id={id("policy")} error={errors.policyId?.message} disabled={busy} {...form.register("policyId")} />
      </Field>
      <AmountInput
        id={id("coverage")}
        label="Coverage"
        symbol="USD"
        error={errors.coverage?.message}
        disabled={busy}
        {...form.register("coverage")}
      />
      <Field
        id={id("expiry")}
        label="Policy expiry (UTC)"
        hint={`In force after today, ${formatDate(now())} by the chain's clock`}
        error={errors.insuranceExpiry?.message}
      >
        <TextInput
          id={id("expiry")}
          type="date"
          error={errors.insuranceExpiry?.message}
          disabled={busy}
          {...form.register("insuranceExpiry")}
        />
      </Field>
      <div className="flex gap-2 sm:col-span-2">
        <Button type="submit" disabled={busy}>
          Record new policy
        </Button>
        <Button variant="secondary" onClick={onCancel} disabled={busy}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
