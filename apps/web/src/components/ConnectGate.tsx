"use client";

import type { ReactNode } from "react";
import { useAccount } from "wagmi";
import { Button } from "./ui/Button";
import { Card } from "./ui/Card";
import { useOpenWalletModal } from "./wallet/WalletModals";

/** Renders its children once a wallet is connected (or reconnecting with a known address). */
export function ConnectGate({ children, purpose }: { children: ReactNode; purpose: string }) {
  const { address } = useAccount();
  const open = useOpenWalletModal();
  if (address) return <>{children}</>;
  return (
    <Card>
      <div className="flex flex-col items-start gap-3">
        <p className="text-slate-700">Connect a wallet to {purpose}.</p>
        <Button onClick={() => open("connect")}>Connect Wallet</Button>
      </div>
    </Card>
  );
}
