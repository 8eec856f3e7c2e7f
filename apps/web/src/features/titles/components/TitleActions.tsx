"use client";

import { useState } from "react";
import { TxStatus } from "@/components/tx/TxStatus";
import { type TxStep, useTransactionFlow } from "@/components/tx/useTransactionFlow";
import { Button } from "@/components/ui/Button";
import { OpenLoanForm } from "@/features/loans/components/OpenLoanForm";
import { TitleStatus } from "@/lib/titleLabels";
import { cancelRedemptionFlow, requestRedemptionFlow, updateInsuranceFlow, withdrawFlow } from "../flows/titleFlows";
import { useTitleRegistry } from "../hooks/useTitleRegistry";
import type { Title } from "../types";
import { InsuranceForm } from "./InsuranceForm";

const LIVE_INSURANCE = new Set<number>([
  TitleStatus.Pending,
  TitleStatus.Appraised,
  TitleStatus.Pledged,
  TitleStatus.Liquidating,
  TitleStatus.RedemptionRequested,
]);

/** What the holder may do with a title now, by its status; each action simulated before the wallet opens. */
export function TitleActions({ title, onDone }: { title: Title; onDone: (message: string) => void }) {
  const registry = useTitleRegistry();
  const flow = useTransactionFlow();
  const [open, setOpen] = useState<"withdraw" | "insurance" | "loan">();
  const id = title.id;
  const status = title.status;

  const run = async (steps: TxStep[], done: string) => {
    const ok = await flow.run(steps);
    if (ok) {
      setOpen(undefined);
      onDone(done);
    }
    return ok;
  };

  const canWithdraw =
    status === TitleStatus.Pending || status === TitleStatus.Rejected || status === TitleStatus.Appraised;
  const canRenew = LIVE_INSURANCE.has(status);

  return (
    <div className="flex flex-col gap-3" data-testid={`actions-${id}`}>
      <div className="flex flex-wrap gap-2">
        {status === TitleStatus.Appraised ? (
          <Button
            disabled={flow.busy}
            onClick={() => setOpen(open === "loan" ? undefined : "loan")}
            data-testid={`open-loan-button-${id}`}
          >
            Open a loan
          </Button>
        ) : null}
        {status === TitleStatus.Appraised ? (
          <Button
            variant="secondary"
            disabled={flow.busy}
            onClick={() =>
              run(
                requestRedemptionFlow(registry.address, id),
                `Redemption of title #${id} requested: the custodian will arrange delivery of the GPUs.`,
              )
            }
          >
            Request redemption
          </Button>
        ) : null}
        {status === TitleStatus.RedemptionRequested ? (
          <Button
            variant="secondary"
            disabled={flow.busy}
            onClick={() =>
              run(
                cancelRedemptionFlow(registry.address, id),
                `Redemption of title #${id} cancelled: it is Appraised again.`,
              )
            }
          >
            Cancel redemption
          </Button>
        ) : null}
        {canRenew ? (
          <Button
            variant="secondary"
            disabled={flow.busy}
            onClick={() => setOpen(open === "insurance" ? undefined : "insurance")}
          >
            Update insurance
          </Button>
        ) : null}
        {canWithdraw ? (
          <Button
            variant="ghost"
            disabled={flow.busy}
            onClick={() => setOpen(open === "withdraw" ? undefined : "withdraw")}
          >
            Withdraw
          </Button>
        ) : null}
      </div>
      {open === "withdraw" ? (
        <div className="flex flex-col gap-2 rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900 sm:flex-row sm:items-center sm:justify-between">
          <p>Withdrawing burns title #{id.toString()} for good and frees its serial numbers.</p>
          <div className="flex gap-2">
            <Button
              disabled={flow.busy}
              onClick={() =>
                run(
                  withdrawFlow(registry.address, id),
                  `Title #${id} withdrawn: it is burned and its serial numbers are free.`,
                )
              }
            >
              Withdraw title #{id.toString()}
            </Button>
            <Button variant="secondary" disabled={flow.busy} onClick={() => setOpen(undefined)}>
              Keep it
            </Button>
          </div>
        </div>
      ) : null}
      {open === "loan" ? (
        <OpenLoanForm
          titleId={id}
          onDone={(message) => {
            setOpen(undefined);
            onDone(message);
          }}
        />
      ) : null}
      {open === "insurance" ? (
        <InsuranceForm
          titleId={id}
          busy={flow.busy}
          onCancel={() => setOpen(undefined)}
          onSubmit={async (insurance) => {
            await run(
              updateInsuranceFlow(registry.address, id, insurance),
              `New insurance policy recorded for title #${id}: it counts once an appraiser verifies it.`,
            );
          }}
        />
      ) : null}
      <TxStatus state={flow.state} testId={`action-status-${id}`} />
    </div>
  );
}
