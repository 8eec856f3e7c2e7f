"use client";

import { zeroAddress } from "viem";
import { TxStatus } from "@/components/tx/TxStatus";
import { useTransactionFlow } from "@/components/tx/useTransactionFlow";
import { Button } from "@/components/ui/Button";
import { StatusBadge } from "@/features/titles/components/StatusBadge";
import { useTitleRegistry } from "@/features/titles/hooks/useTitleRegistry";
import type { Title } from "@/features/titles/types";
import { formatDate, formatUsd } from "@/lib/format";
import { verifyInsuranceFlow } from "../flows/appraisalFlows";
import { useInsuranceRenewals } from "../hooks/useInsuranceRenewals";

/** Renewed policies that holders recorded and no appraiser has verified yet. */
export function InsuranceRenewals({ onDone }: { onDone: (message: string) => void }) {
  const { titles, isLoading, isError } = useInsuranceRenewals();
  return (
    <div className="flex flex-col gap-3" data-testid="insurance-renewals" aria-busy={isLoading} data-ready={!isLoading}>
      {isError ? (
        <p role="alert" className="text-sm text-red-700">
          Insurance renewals could not be read from the network. They will refresh when it answers again.
        </p>
      ) : null}
      {isLoading ? <p className="text-sm text-slate-500">Loading insurance renewals…</p> : null}
      {titles && titles.length === 0 ? (
        <p className="text-sm text-slate-600">No insurance renewals are waiting for verification.</p>
      ) : null}
      {titles?.map((title) => (
        <Renewal key={title.id.toString()} title={title} onDone={onDone} />
      ))}
    </div>
  );
}

function Renewal({ title, onDone }: { title: Title; onDone: (message: string) => void }) {
  const registry = useTitleRegistry();
  const flow = useTransactionFlow();
  const { insurance } = title;
  return (
    <article
      data-testid={`renewal-${title.id}`}
      className="flex flex-col gap-3 rounded-xl border border-slate-200 p-4 sm:flex-row sm:items-center sm:justify-between"
    >
      <div className="text-sm">
        <p className="flex flex-wrap items-center gap-2 font-semibold">
          Title #{title.id.toString()} · {title.gpuCount} × {title.modelName} <StatusBadge status={title.status} />
        </p>
        <p className="mt-1 text-slate-700">
          New policy: {insurance.insurer} · policy {insurance.policyId} · covers {formatUsd(insurance.coverage)} ·
          expires {formatDate(insurance.expiry)}
        </p>
        <p className="text-slate-500">
          Verified cover so far runs until {formatDate(title.insuranceVerifiedUntil)} · holder{" "}
          <span className="break-all font-mono text-xs">
            {title.pledgor !== zeroAddress ? title.pledgor : title.owner}
          </span>
        </p>
        <TxStatus state={flow.state} testId={`verify-status-${title.id}`} />
      </div>
      <Button
        disabled={flow.busy}
        className="shrink-0"
        onClick={async () => {
          const ok = await flow.run(verifyInsuranceFlow(registry.address, title.id), {
            review: {
              title: `Verify the insurance of title #${title.id}`,
              summary: `You confirm, as appraiser, that this policy is real and in force. The title's value then counts until the earlier of its appraisal's end and this policy's expiry, so it can keep backing loans.`,
              rows: [
                { label: "Insurer and policy", value: `${insurance.insurer} · ${insurance.policyId}` },
                { label: "Coverage", value: formatUsd(insurance.coverage), emphasis: true },
                {
                  label: "Verified cover until",
                  value: `${formatDate(title.insuranceVerifiedUntil)} → ${formatDate(insurance.expiry)}`,
                },
                { label: "Appraisal valid until", value: formatDate(title.appraisalValidUntil) },
                { label: "Fees", value: "None beyond the network fee" },
              ],
              confirmLabel: "Verify insurance",
            },
            success: `Verified the insurance of title #${title.id} until ${formatDate(insurance.expiry)}`,
          });
          if (ok) onDone(`Insurance of title #${title.id} verified until ${formatDate(insurance.expiry)}.`);
        }}
      >
        {flow.busy ? "Working…" : "Verify insurance"}
      </Button>
    </article>
  );
}
