"use client";

import { useState } from "react";
import { useAccount } from "wagmi";
import { ConnectGate } from "@/components/ConnectGate";
import { Card } from "@/components/ui/Card";
import { useLoanBookBlock } from "@/features/loans/hooks/useLoanBook";
import { InsuranceRenewals } from "./components/InsuranceRenewals";
import { LoansAtRisk } from "./components/LoansAtRisk";
import { PendingListings } from "./components/PendingListings";
import { useIsAppraiser } from "./hooks/useIsAppraiser";

export function AppraiseScreen() {
  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-2xl font-bold">Appraiser console</h1>
        <p className="mt-1 text-slate-600">
          Review GPU listings, record appraisals, verify insurance and watch the loans at risk. Only accounts holding
          the registry&apos;s appraiser role can act here.
        </p>
      </div>
      <ConnectGate purpose="use the appraiser console">
        <RoleGate />
      </ConnectGate>
    </div>
  );
}

function RoleGate() {
  const { address } = useAccount();
  const { isAppraiser, isLoading } = useIsAppraiser(address);
  // Read the block the loans at risk are read at together with the role, not after it: one request fewer to load.
  useLoanBookBlock();
  if (isLoading) return <p className="text-sm text-slate-500">Checking your role…</p>;
  if (!isAppraiser) {
    return (
      <Card>
        <p className="text-slate-700" data-testid="not-appraiser">
          This console is for the protocol&apos;s appraisers. The connected account{" "}
          <span className="font-mono text-sm">{address}</span> does not hold the appraiser role, so there is nothing to
          do here. To list GPUs or follow your titles, go to Borrow.
        </p>
      </Card>
    );
  }
  return <Console />;
}

function Console() {
  const [notice, setNotice] = useState<string>();
  return (
    <>
      {notice ? (
        <p role="status" data-testid="console-notice" className="rounded-lg bg-emerald-50 p-3 text-sm text-emerald-800">
          {notice}
        </p>
      ) : null}
      <Card title="Pending listings">
        <PendingListings onDone={setNotice} />
      </Card>
      <Card title="Insurance renewals to verify">
        <InsuranceRenewals onDone={setNotice} />
      </Card>
      <Card title="Loans at risk">
        <LoansAtRisk onDone={setNotice} />
      </Card>
    </>
  );
}
