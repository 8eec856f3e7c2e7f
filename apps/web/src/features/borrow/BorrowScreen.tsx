"use client";

import { useAccount } from "wagmi";
import { ConnectGate } from "@/components/ConnectGate";
import { Card } from "@/components/ui/Card";
import { MyLoans } from "@/features/loans/components/MyLoans";
import { ListGpusForm } from "@/features/titles/components/ListGpusForm";
import { MyTitles } from "@/features/titles/components/MyTitles";

export function BorrowScreen() {
  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-2xl font-bold">Borrow against GPUs</h1>
        <p className="mt-1 text-slate-600">
          List a batch of GPUs as a title on chain. Once an appraiser has valued it and verified its insurance, it can
          back a loan.
        </p>
      </div>
      <ConnectGate purpose="list GPUs and see your titles">
        <BorrowPanels />
      </ConnectGate>
    </div>
  );
}

function BorrowPanels() {
  const { address } = useAccount();
  const account = address as NonNullable<typeof address>;
  return (
    <>
      <Card title="My titles">
        <MyTitles account={account} />
      </Card>
      <Card title="My loans">
        <MyLoans account={account} />
      </Card>
      <Card title="List GPUs as collateral">
        <ListGpusForm />
      </Card>
    </>
  );
}
