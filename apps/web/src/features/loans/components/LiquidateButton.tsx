"use client";

import { useAccount } from "wagmi";
import type { useTransactionFlow } from "@/components/tx/useTransactionFlow";
import { Button } from "@/components/ui/Button";
import { useProtocolAddresses } from "@/features/mint/hooks/useProtocolAddresses";
import { liquidateFlow } from "../flows/loanFlows";

/**
 * Starts the auction of a loan the contract says can be liquidated now (its defaultReason is not None). The flow is
 * the screen's, so its status stays on screen once the loan moves to its auction and this button goes.
 */
export function LiquidateButton({
  loanId,
  flow,
  onStart,
  onDone,
  testId = `liquidate-${loanId}`,
}: {
  loanId: bigint;
  flow: ReturnType<typeof useTransactionFlow>;
  /** Called as the flow starts (e.g. to note which loan the screen's status is about). */
  onStart?: (loanId: bigint) => void;
  /** Called once the liquidation is confirmed. */
  onDone?: (loanId: bigint) => void;
  testId?: string;
}) {
  const addresses = useProtocolAddresses();
  const { address } = useAccount();
  if (!address) return <span className="text-xs text-slate-500">Connect a wallet to liquidate</span>;
  return (
    <Button
      variant="secondary"
      onClick={async () => {
        onStart?.(loanId);
        if (await flow.run(liquidateFlow(addresses, loanId))) onDone?.(loanId);
      }}
      disabled={flow.busy}
      data-testid={testId}
    >
      Liquidate
    </Button>
  );
}
