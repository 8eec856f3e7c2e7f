"use client";

import { useAccount, useConfig } from "wagmi";
import type { useTransactionFlow } from "@/components/tx/useTransactionFlow";
import { Button } from "@/components/ui/Button";
import { useProtocolAddresses } from "@/features/mint/hooks/useProtocolAddresses";
import { formatAmount, formatDuration } from "@/lib/format";
import { AUCTION_DURATION, livePrice } from "@/lib/loans";
import { AID } from "@/lib/units";
import { bidFlow } from "../flows/loanFlows";
import type { LoanView } from "../hooks/useLoanBook";

/**
 * A live auction: its price falling by the chain's clock each second, and a Bid button. The flow is the screen's,
 * so its status stays on screen once the sale ends the auction and this row goes.
 */
export function AuctionRow({
  loan,
  now,
  flow,
}: {
  loan: LoanView;
  now: bigint;
  flow: ReturnType<typeof useTransactionFlow>;
}) {
  const config = useConfig();
  const addresses = useProtocolAddresses();
  const { address } = useAccount();
  const price = livePrice(loan.auctionBasis, loan.auctionStart, now);
  const end = loan.auctionStart + AUCTION_DURATION;
  const left = end > now ? end - now : 0n;
  const testId = `auction-${loan.id}`;
  return (
    <li className="flex flex-col gap-2 rounded-lg border border-slate-200 p-3" data-testid={testId}>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <div>
          <p className="font-semibold">
            Loan #{loan.id.toString()} · title #{loan.titleId.toString()}
          </p>
          <p className="text-sm text-slate-600">
            Price now{" "}
            <span className="font-mono" data-testid={`${testId}-price`}>
              {formatAmount(price, AID.decimals, 4)} AID
            </span>{" "}
            (falls from 120% to 30% of the {formatAmount(loan.auctionBasis, AID.decimals, 2)} AID value over 72 h) ·{" "}
            <span data-testid={`${testId}-left`}>{left > 0n ? `${formatDuration(left)} left` : "at the floor"}</span>
          </p>
        </div>
        {address ? (
          <Button
            onClick={() => flow.run(bidFlow(config, addresses, address, loan.id, price))}
            disabled={flow.busy || price === 0n}
            data-testid={`${testId}-bid`}
          >
            Bid {formatAmount(price, AID.decimals, 2)} AID
          </Button>
        ) : (
          <span className="text-sm text-slate-500">Connect a wallet to bid</span>
        )}
      </div>
    </li>
  );
}
