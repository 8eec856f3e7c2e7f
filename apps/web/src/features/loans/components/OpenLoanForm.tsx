"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMemo, useRef, useState } from "react";
import { type Resolver, useForm } from "react-hook-form";
import { useAccount } from "wagmi";
import type { z } from "zod";
import { TxStatus } from "@/components/tx/TxStatus";
import { useTransactionFlow } from "@/components/tx/useTransactionFlow";
import { AmountInput } from "@/components/ui/AmountInput";
import { Button } from "@/components/ui/Button";
import { useProtocolAddresses } from "@/features/mint/hooks/useProtocolAddresses";
import { maxOf, minOf } from "@/lib/bigints";
import { formatAid, formatAmount, formatBps, formatDate, formatTimestamp, toInputValue } from "@/lib/format";
import { loanPreview, maxByLtvAt, nextBlockTime, titleValueAt } from "@/lib/loanTerms";
import { AID } from "@/lib/units";
import { openLoanFlow } from "../flows/loanFlows";
import { SIGNING_WINDOW, useBorrowTerms } from "../hooks/useBorrowTerms";
import { useChainNow } from "../hooks/useChainNow";
import { type BorrowLimits, maxPrincipal, openLoanFormSchema } from "../schema";
import { ScheduleTable } from "./ScheduleTable";

const aid = (value: bigint) => formatAid(value);

type Terms = NonNullable<ReturnType<typeof useBorrowTerms>["data"]>;
type Schema = ReturnType<typeof openLoanFormSchema>;

/** Borrow AID against an Appraised title, bounded by max LTV and the vault, with the terms shown before signing. */
export function OpenLoanForm({ titleId, onDone }: { titleId: bigint; onDone: (message: string) => void }) {
  const terms = useBorrowTerms(titleId);
  if (terms.isError)
    return (
      <p role="alert" className="text-sm text-red-700">
        The loan terms could not be read from the network.
      </p>
    );
  if (!terms.data) return <p className="text-sm text-slate-600">Reading the loan terms…</p>;
  return <OpenLoanFields titleId={titleId} terms={terms.data} onDone={onDone} />;
}

function OpenLoanFields({
  titleId,
  terms,
  onDone,
}: {
  titleId: bigint;
  terms: Terms;
  onDone: (message: string) => void;
}) {
  const addresses = useProtocolAddresses();
  const { address } = useAccount();
  const flow = useTransactionFlow();
  const chainNow = useChainNow(terms.clock) ?? terms.clock.timestamp;
  // While the transaction is under way, the preview stays the one the user signed.
  const [signedAt, setSignedAt] = useState<bigint>();
  const at = signedAt ?? nextBlockTime(chainNow, terms.clock.timestamp);
  const p = terms.parameters;
  const maxLtvBps = BigInt(p.maxLtvBps);
  // `openLoan` checks the LTV against the title's value when it is mined, and the vault's `draw` its room then: each
  // bound offered is the lowest of the contract's own figure at the latest block, at a block SIGNING_WINDOW later,
  // and the value run forward from the chain's clock, so the amount shown (and MAX) still holds while the user signs.
  const margin = maxOf(at + SIGNING_WINDOW, terms.ahead.at);
  const boundByValue = maxByLtvAt(terms.appraisal, maxLtvBps, margin);
  const limits: BorrowLimits = {
    minPrincipal: terms.minPrincipal,
    byLtv: minOf(minOf(boundByValue, terms.byLtv), terms.ahead.byLtv),
    available: minOf(terms.available, terms.ahead.available),
    maxLtvBps,
  };
  const most = maxPrincipal(limits);
  const binding =
    limits.byLtv <= limits.available
      ? `${formatBps(maxLtvBps)} of the title's value then`
      : "what the savings vault can lend then";
  const { minPrincipal, byLtv, available } = limits;
  const schema = useMemo(
    () => openLoanFormSchema({ minPrincipal, byLtv, available, maxLtvBps }),
    [minPrincipal, byLtv, available, maxLtvBps],
  );
  // The bound moves with the chain's clock: validate against the latest schema, not the first render's.
  const schemaRef = useRef<Schema>(schema);
  schemaRef.current = schema;
  const resolver: Resolver<z.input<Schema>, unknown, z.output<Schema>> = (values, context, options) =>
    zodResolver(schemaRef.current)(values, context, options);
  const form = useForm<z.input<Schema>, unknown, z.output<Schema>>({ resolver, defaultValues: { amount: "" } });
  const typed = form.watch("amount");
  const parsed = schema.shape.amount.safeParse(typed);
  const principal = parsed.success ? parsed.data : undefined;
  const value = titleValueAt(terms.appraisal, at);
  const preview = principal === undefined ? undefined : loanPreview(principal, value, p, at);
  const testId = `open-loan-${titleId}`;

  const onSubmit = form.handleSubmit(async ({ amount }) => {
    if (!address) return;
    setSignedAt(at);
    const ok = await flow.run(openLoanFlow(addresses, address, titleId, amount));
    setSignedAt(undefined);
    if (ok)
      onDone(`Loan opened against title #${titleId}: ${aid(amount - (preview?.fee ?? 0n))} sent to your account.`);
  });

  return (
    <form
      className="flex flex-col gap-3 rounded-lg border border-slate-200 p-3"
      data-testid={testId}
      onSubmit={onSubmit}
      noValidate
    >
      <AmountInput
        id={`${testId}-amount`}
        label={`Borrow (up to ${aid(most)})`}
        symbol="AID"
        disabled={flow.busy}
        error={form.formState.errors.amount?.message}
        onMax={() => form.setValue("amount", toInputValue(most, AID.decimals), { shouldValidate: true })}
        {...form.register("amount", {
          onChange: () => {
            if (flow.state.status === "failed") flow.reset();
          },
        })}
      />
      <p className="text-xs text-slate-500" data-testid={`${testId}-margin`} data-max={most.toString()}>
        {`The most the contract accepts in a block mined up to ${SIGNING_WINDOW / 60n} minutes from now (until ${formatTimestamp(margin)}, chain time): ${binding}. The title's value falls every second and the vault's room changes, so this keeps a margin for signing.`}
      </p>
      <div className="flex flex-col gap-3" data-testid={`${testId}-preview`} data-opened-at={at.toString()}>
        <dl className="grid grid-cols-2 gap-x-4 gap-y-1 text-sm" data-testid={`${testId}-terms`}>
          <dt className="text-slate-500">Title value</dt>
          <dd>{aid(value)}</dd>
          <dt className="text-slate-500">LTV at opening</dt>
          <dd data-testid={`${testId}-ltv`}>
            {preview?.ltvBps === undefined ? "—" : formatBps(preview.ltvBps)} (max {formatBps(maxLtvBps)}, liquidation
            above {formatBps(BigInt(p.liquidationThresholdBps))})
          </dd>
          <dt className="text-slate-500">Health factor</dt>
          <dd data-testid={`${testId}-health`}>
            {preview?.healthFactor === undefined ? "—" : formatAmount(preview.healthFactor, 18, 2)} (liquidatable below
            1.00)
          </dd>
          <dt className="text-slate-500">APR</dt>
          <dd data-testid={`${testId}-apr`}>
            {formatBps(BigInt(p.aprBps))} fixed, +5.00% a year on the principal while late
          </dd>
          <dt className="text-slate-500">Origination fee</dt>
          <dd data-testid={`${testId}-fee`}>
            {preview ? aid(preview.fee) : "—"} ({formatBps(BigInt(p.originationFeeBps))})
          </dd>
          <dt className="text-slate-500">You receive</dt>
          <dd data-testid={`${testId}-net`} className="font-semibold">
            {preview ? aid(preview.net) : "—"}
          </dd>
        </dl>
        {preview ? (
          <ScheduleTable
            rows={preview.schedule}
            testId={`${testId}-schedule`}
            caption={`${p.termPeriods} payments, one every 30 days from ${formatDate(preview.schedule[0]?.dueDate ?? 0n)}, each paid on its due date, for a loan opened at ${formatTimestamp(at)} (chain time).`}
          />
        ) : (
          <p className="text-sm text-slate-500">
            Enter an amount to see the {p.termPeriods} payments, one every 30 days.
          </p>
        )}
      </div>
      <div>
        <Button type="submit" disabled={flow.busy || !address} data-testid={`${testId}-submit`}>
          {flow.busy ? "Working…" : "Borrow AID"}
        </Button>
      </div>
      <TxStatus state={flow.state} testId={`${testId}-status`} />
    </form>
  );
}
