"use client";

import { useState } from "react";
import { useAccount, useConfig } from "wagmi";
import { TxStatus } from "@/components/tx/TxStatus";
import { useTransactionFlow } from "@/components/tx/useTransactionFlow";
import { AmountInput } from "@/components/ui/AmountInput";
import { Button } from "@/components/ui/Button";
import { useProtocolAddresses } from "@/features/mint/hooks/useProtocolAddresses";
import { amountSchema } from "@/lib/amount";
import { formatAmount, formatBps } from "@/lib/format";
import { loanPreview } from "@/lib/loanTerms";
import { AID } from "@/lib/units";
import { openLoanFlow } from "../flows/loanFlows";
import { useBorrowTerms } from "../hooks/useBorrowTerms";

const aid = (value: bigint) => `${formatAmount(value, AID.decimals, 2)} AID`;

/** Borrow AID against an Appraised title, bounded by maxBorrow, with the terms shown before signing. */
export function OpenLoanForm({ titleId, onDone }: { titleId: bigint; onDone: (message: string) => void }) {
  const config = useConfig();
  const addresses = useProtocolAddresses();
  const { address } = useAccount();
  const flow = useTransactionFlow();
  const terms = useBorrowTerms(titleId);
  const [raw, setRaw] = useState("");
  const t = terms.data;
  if (!t) return <p className="text-sm text-slate-600">Reading the loan terms…</p>;
  const parsed = amountSchema({
    token: AID,
    minimum: t.minPrincipal,
    maximum: {
      value: t.max,
      message: (max) =>
        t.byLtv <= t.available
          ? `You can borrow at most ${max} against this title (max LTV ${formatBps(BigInt(t.parameters.maxLtvBps))}).`
          : `The vault can lend at most ${max} now.`,
    },
  }).safeParse(raw);
  const principal = parsed.success ? parsed.data : undefined;
  const preview =
    principal === undefined ? undefined : loanPreview(principal, t.value, BigInt(t.parameters.originationFeeBps));
  const p = t.parameters;
  const testId = `open-loan-${titleId}`;

  return (
    <form
      className="flex flex-col gap-3 rounded-lg border border-slate-200 p-3"
      data-testid={testId}
      onSubmit={async (event) => {
        event.preventDefault();
        if (principal === undefined || !address) return;
        const ok = await flow.run(openLoanFlow(config, addresses, address, titleId, principal));
        if (ok) onDone(`Loan opened against title #${titleId}: ${aid(preview?.net ?? 0n)} sent to your account.`);
      }}
    >
      <AmountInput
        id={`${testId}-amount`}
        label={`Borrow (up to ${aid(t.max)})`}
        symbol="AID"
        value={raw}
        onChange={(e) => setRaw(e.target.value)}
        onMax={() => setRaw(formatAmount(t.max, AID.decimals, AID.decimals).replaceAll(",", ""))}
        error={raw === "" || parsed.success ? undefined : parsed.error.issues[0]?.message}
      />
      <dl className="grid grid-cols-2 gap-x-4 gap-y-1 text-sm" data-testid={`${testId}-terms`}>
        <dt className="text-slate-500">Title value now</dt>
        <dd>{aid(t.value)}</dd>
        <dt className="text-slate-500">LTV</dt>
        <dd data-testid={`${testId}-ltv`}>
          {preview?.ltvBps === undefined ? "—" : formatBps(preview.ltvBps)} (max {formatBps(BigInt(p.maxLtvBps))},
          liquidation above {formatBps(BigInt(p.liquidationThresholdBps))})
        </dd>
        <dt className="text-slate-500">APR</dt>
        <dd>{formatBps(BigInt(p.aprBps))} fixed</dd>
        <dt className="text-slate-500">Origination fee</dt>
        <dd>
          {preview ? aid(preview.fee) : "—"} ({formatBps(BigInt(p.originationFeeBps))})
        </dd>
        <dt className="text-slate-500">You receive</dt>
        <dd data-testid={`${testId}-net`}>{preview ? aid(preview.net) : "—"}</dd>
        <dt className="text-slate-500">Schedule</dt>
        <dd>{p.termPeriods} payments, one every 30 days</dd>
      </dl>
      <div>
        <Button type="submit" disabled={flow.busy || principal === undefined} data-testid={`${testId}-submit`}>
          Approve title and borrow
        </Button>
      </div>
      <TxStatus state={flow.state} testId={`${testId}-status`} />
    </form>
  );
}
