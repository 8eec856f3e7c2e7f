"use client";

import { useAccount } from "wagmi";
import { TxStatus } from "@/components/tx/TxStatus";
import { useTransactionFlow } from "@/components/tx/useTransactionFlow";
import { Button } from "@/components/ui/Button";
import { useProtocolAddresses } from "@/features/mint/hooks/useProtocolAddresses";
import { liquidateFlow } from "../flows/loanFlows";

/** Starts the auction of a loan the contract says can be liquidated now (its defaultReason is not None). */
export function LiquidateButton({ loanId }: { loanId: bigint }) {
  const addresses = useProtocolAddresses();
  const { address } = useAccount();
  const flow = useTransactionFlow();
  if (!address) return null;
  return (
    <div className="flex flex-col gap-1">
      <Button
        variant="secondary"
        onClick={() => flow.run(liquidateFlow(addresses, loanId))}
        disabled={flow.busy}
        data-testid={`liquidate-${loanId}`}
      >
        Liquidate
      </Button>
      <TxStatus state={flow.state} testId={`liquidate-${loanId}-status`} />
    </div>
  );
}
