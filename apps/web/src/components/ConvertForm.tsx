"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMemo } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { TxStatus } from "@/components/tx/TxStatus";
import { type TxStep, useTransactionFlow } from "@/components/tx/useTransactionFlow";
import { AmountInput } from "@/components/ui/AmountInput";
import { Button } from "@/components/ui/Button";
import { formatAmount, toInputValue } from "@/lib/format";
import type { TokenInfo } from "@/lib/units";

type AmountForm = z.ZodObject<{ amount: z.ZodType<bigint, string> }>;

/**
 * One token in, another out: an amount field validated by the feature's zod schema, MAX, a preview of
 * what the user receives before anything is signed (`details` says the rate, fee and steps), and the shared
 * transaction status.
 */
export function ConvertForm({
  id,
  action,
  from,
  to,
  balance,
  schema,
  preview,
  previewLabel = "You receive",
  details,
  steps,
  onConfirmed,
}: {
  id: string;
  action: string;
  from: TokenInfo;
  to: TokenInfo;
  balance: bigint | undefined;
  schema: AmountForm;
  preview: (amount: bigint) => bigint | undefined;
  previewLabel?: string;
  details: string;
  steps: (amount: bigint) => TxStep[];
  onConfirmed?: () => void;
}) {
  const flow = useTransactionFlow();
  const form = useForm<z.input<AmountForm>, unknown, z.output<AmountForm>>({
    resolver: zodResolver(schema),
    defaultValues: { amount: "" },
  });
  const typed = form.watch("amount");
  const parsed = useMemo(() => schema.shape.amount.safeParse(typed), [schema, typed]);
  const error = form.formState.errors.amount?.message;
  const received = parsed.success ? preview(parsed.data) : undefined;

  const onSubmit = form.handleSubmit(async ({ amount }) => {
    const ok = await flow.run(steps(amount));
    if (ok) {
      form.reset({ amount: "" });
      onConfirmed?.();
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4" data-testid={`${id}-form`}>
      <AmountInput
        id={`${id}-amount`}
        label={`Amount of ${from.symbol}`}
        symbol={from.symbol}
        error={error}
        disabled={flow.busy}
        onMax={
          balance === undefined
            ? undefined
            : () => form.setValue("amount", toInputValue(balance, from.decimals), { shouldValidate: true })
        }
        {...form.register("amount", {
          onChange: () => {
            if (flow.state.status === "confirmed" || flow.state.status === "failed") flow.reset();
          },
        })}
      />
      <div className="rounded-lg bg-slate-50 p-3 text-sm text-slate-700" data-testid={`${id}-preview`}>
        {previewLabel}{" "}
        <strong className="tabular-nums">
          {received === undefined ? "—" : formatAmount(received, to.decimals, to.decimals)} {to.symbol}
        </strong>
        <span className="block text-xs text-slate-500">{details}</span>
      </div>
      <Button type="submit" disabled={flow.busy}>
        {flow.busy ? "Working…" : action}
      </Button>
      <TxStatus state={flow.state} testId={`${id}-status`} />
    </form>
  );
}
