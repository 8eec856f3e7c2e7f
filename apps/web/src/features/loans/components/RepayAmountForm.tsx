"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMemo } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { AmountInput } from "@/components/ui/AmountInput";
import { Button } from "@/components/ui/Button";
import { formatAid, toInputValue } from "@/lib/format";
import { type OpenLoan, repaySplit } from "@/lib/loanTerms";
import { AID } from "@/lib/units";
import { repayFormSchema } from "../schema";

const aid = (value: bigint) => formatAid(value, 4);

/**
 * Repay any amount: validated by the feature's schema (positive, at most 18 decimals, at most the AID held and the
 * payoff), with how it splits between interest and principal if mined at chain time `at`, before signing.
 */
export function RepayAmountForm({
  loanId,
  loan,
  payoff,
  balance,
  at,
  busy,
  onRepay,
}: {
  loanId: bigint;
  loan: OpenLoan;
  payoff: bigint;
  balance: bigint | undefined;
  at: bigint;
  busy: boolean;
  onRepay: (amount: bigint) => Promise<boolean>;
}) {
  const schema = useMemo(() => repayFormSchema({ payoff, balance }), [payoff, balance]);
  type Schema = typeof schema;
  const form = useForm<z.input<Schema>, unknown, z.output<Schema>>({
    resolver: zodResolver(schema),
    defaultValues: { amount: "" },
  });
  const parsed = schema.shape.amount.safeParse(form.watch("amount"));
  const split = parsed.success ? repaySplit(loan, parsed.data, at) : undefined;
  const testId = `my-loan-${loanId}-repay`;

  const onSubmit = form.handleSubmit(async ({ amount }) => {
    if (await onRepay(amount)) form.reset({ amount: "" });
  });

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-2" data-testid={testId}>
      <AmountInput
        id={`${testId}-amount`}
        label="Repay an amount"
        symbol="AID"
        disabled={busy}
        error={form.formState.errors.amount?.message}
        onMax={() => form.setValue("amount", toInputValue(payoff, AID.decimals), { shouldValidate: true })}
        {...form.register("amount")}
      />
      <p
        className="text-sm text-slate-600"
        data-testid={`${testId}-split`}
        data-at={at.toString()}
        data-interest={split?.interest.toString()}
        data-principal={split?.principal.toString()}
      >
        {split
          ? `Pays ${aid(split.interest)} of interest, then ${aid(split.principal)} of principal, leaving ${aid(loan.principal - split.principal)} of principal.`
          : "Interest and any penalty are paid first, then principal. To close the loan, pay off in full."}
      </p>
      <div>
        <Button type="submit" variant="secondary" disabled={busy} data-testid={`${testId}-submit`}>
          Repay this amount
        </Button>
      </div>
    </form>
  );
}
