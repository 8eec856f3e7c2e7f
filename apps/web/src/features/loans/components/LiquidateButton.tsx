"use client";

import { useAccount } from "wagmi";
import type { useTransactionFlow } from "@/components/tx/useTransactionFlow";
import { Button } from "@/components/ui/Button";
import { useProtocolAddresses } from "@/features/mint/hooks/useProtocolAddresses";
import { formatAid } from "@/lib/format";
import { defaultReasonLabel, formatLtv } from "@/lib/loans";
import { liquidateFlow } from "../flows/loanFlows";
import type { LoanView } from "../hooks/useLoanBook";

/**
 * Starts the auction of a loan the contract says can be liquidated now (its defaultReason is not None). The flow is
 * the screen's, so its status stays on screen once the loan moves to its auction and this button goes.
 */
export function LiquidateButton({
  loan,
  flow,
  onStart,
  onDone,
  testId = `liquidate-${loan.id}`,
}: {
  loan: LoanView;
  flow: ReturnType<typeof useTransactionFlow>;
  /** Called as the flow starts (e.g. to note which loan the screen's status is about). */
  onStart?: (loanId: bigint) => void;
  /** Called once the liquidation is confirmed. */
  onDone?: (loanId: bigint) => void;
  testId?: string;
}) {
  const addresses = useProtocolAddresses();
  const { address } = useAccount();
  const loanId = loan.id;
  if (!address) return <span className="text-xs text-slate-500">Connect a wallet to liquidate</span>;
  return (
    <Button
      variant="secondary"
      onClick={async () => {
        onStart?.(loanId);
        const review = {
          title: `Liquidate loan #${loanId}`,
          summary: `Loan #${loanId} has defaulted (${defaultReasonLabel(loan.defaultReason).toLowerCase()}). Liquidating it takes title #${loan.titleId} from the borrower into a 72-hour Dutch auction, starting at 120% of the title's value and falling to 30%; the loan stops accruing and sAID counts its expected shortfall at once.`,
          rows: [
            { label: "Debt now", value: formatAid(loan.payoff), emphasis: true },
            { label: "LTV", value: formatLtv(loan.ltvBps) },
            { label: "You pay", value: "Only the network fee" },
            { label: "You receive", value: "Nothing: anyone may then bid on the title" },
          ],
          confirmLabel: "Liquidate",
        };
        const success = `Liquidated loan #${loanId}: title #${loan.titleId} is now in a Dutch auction`;
        if (await flow.run(liquidateFlow(addresses, loanId), { review, success })) onDone?.(loanId);
      }}
      disabled={flow.busy}
      data-testid={testId}
    >
      Liquidate
    </Button>
  );
}
