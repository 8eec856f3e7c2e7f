"use client";

import { ConnectButton } from "@rainbow-me/rainbowkit";
import type { ReactNode } from "react";
import { useAccount } from "wagmi";
import { Card } from "./ui/Card";

/** Renders its children once a wallet is connected (or reconnecting with a known address). */
export function ConnectGate({ children, purpose }: { children: ReactNode; purpose: string }) {
  const { address } = useAccount();
  if (address) return <>{children}</>;
  return (
    <Card>
      <div className="flex flex-col items-start gap-3">
        <p className="text-slate-700">Connect a wallet to {purpose}.</p>
        <ConnectButton />
      </div>
    </Card>
  );
}
