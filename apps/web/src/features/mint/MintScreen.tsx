"use client";

import { useMemo } from "react";
import { useAccount, useConfig } from "wagmi";
import { ConnectGate } from "@/components/ConnectGate";
import { ConvertForm } from "@/components/ConvertForm";
import { ReserveBar } from "@/components/ReserveBar";
import { TokenAmount } from "@/components/TokenAmount";
import { Card } from "@/components/ui/Card";
import { supplyRoomText } from "@/lib/apy";
import { formatBps } from "@/lib/format";
import { AID, USDC } from "@/lib/units";
import { mintFlow, redeemFlow } from "./flows/mintFlow";
import { useMintBalances } from "./hooks/useMintBalances";
import { useProtocolAddresses } from "./hooks/useProtocolAddresses";
import { mintFormSchema, previewMint, previewRedeem, redeemFormSchema } from "./schema";

export function MintScreen() {
  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-2xl font-bold">Mint and redeem AID</h1>
        <p className="mt-1 text-slate-600">
          AID is a dollar backed 1:1 by USDC in reserve. Mint it from USDC, or redeem it back at any time.
        </p>
      </div>
      <ConnectGate purpose="mint or redeem AID">
        <MintPanels />
      </ConnectGate>
    </div>
  );
}

const fee = (bps: bigint | undefined) =>
  bps === undefined ? "fee —" : bps === 0n ? "no fee" : `fee ${formatBps(bps)}`;

function MintPanels() {
  const { address } = useAccount();
  const account = address as NonNullable<typeof address>;
  const config = useConfig();
  const addresses = useProtocolAddresses();
  const reads = useMintBalances(account);
  const { usdcBalance, aidBalance, mintFeeBps, redeemFeeBps, supplyCap, aidSupply } = reads;
  const supplyRoom = supplyCap !== undefined && aidSupply !== undefined ? supplyCap - aidSupply : undefined;
  const terms = useMemo(() => ({ mintFeeBps, redeemFeeBps, supplyRoom }), [mintFeeBps, redeemFeeBps, supplyRoom]);
  const mintSchema = useMemo(() => mintFormSchema(usdcBalance, terms), [usdcBalance, terms]);
  const redeemSchema = useMemo(() => redeemFormSchema(aidBalance, terms), [aidBalance, terms]);

  return (
    <>
      <Card>
        <dl className="grid grid-cols-1 gap-4 sm:grid-cols-3">
          {(
            [
              ["Your USDC", usdcBalance, USDC, "balance-usdc"],
              ["Your AID", aidBalance, AID, "balance-aid"],
              ["Reserve (USDC and T-bills)", reads.reserveUsdc, USDC, "reserve-usdc"],
            ] as const
          ).map(([label, value, token, testId]) => (
            <div key={testId}>
              <dt className="text-sm text-slate-500">{label}</dt>
              <dd className="text-xl font-semibold">
                <TokenAmount value={value} token={token} testId={testId} />
              </dd>
            </div>
          ))}
        </dl>
        <div className="mt-5">
          <ReserveBar buffer={reads.bufferUsdc} tBills={reads.tBillUsdc} testId="reserve" />
        </div>
        <dl className="mt-4 grid grid-cols-1 gap-x-6 gap-y-1 border-t border-slate-100 pt-4 text-sm sm:grid-cols-3">
          <div className="flex justify-between gap-2 sm:block">
            <dt className="text-slate-500">Fees</dt>
            <dd className="tabular-nums" data-testid="mint-fees">
              mint {mintFeeBps === undefined ? "—" : formatBps(mintFeeBps)} · redeem{" "}
              {redeemFeeBps === undefined ? "—" : formatBps(redeemFeeBps)}
            </dd>
          </div>
          <div className="flex justify-between gap-2 sm:block">
            <dt className="text-slate-500">Redeemable now</dt>
            <dd>
              <TokenAmount value={reads.redeemableUsdc} token={USDC} testId="redeemable-usdc" />
            </dd>
          </div>
          <div className="flex justify-between gap-2 sm:block">
            <dt className="text-slate-500">Supply cap room</dt>
            <dd className="tabular-nums" data-testid="supply-room">
              {supplyCap === undefined || aidSupply === undefined ? "—" : supplyRoomText(supplyCap, aidSupply)}
            </dd>
          </div>
        </dl>
        {reads.mintPaused ? (
          <p role="alert" className="mt-3 text-sm text-amber-800">
            Minting is paused by the guardian. Redeeming is never paused.
          </p>
        ) : null}
        {reads.isError ? (
          <p role="alert" className="mt-3 text-sm text-red-700">
            Balances could not be read from the network. They will refresh when it answers again.
          </p>
        ) : null}
      </Card>
      <div className="grid grid-cols-1 gap-6 md:grid-cols-2">
        <Card title="Mint AID with USDC">
          <ConvertForm
            id="mint"
            action="Mint AID"
            from={USDC}
            to={AID}
            balance={usdcBalance}
            schema={mintSchema}
            preview={(amount) => (mintFeeBps === undefined ? undefined : previewMint(amount, mintFeeBps))}
            details={`1 USDC = 1 AID · ${fee(mintFeeBps)} · approve, then mint`}
            steps={(amount) => mintFlow(config, addresses, account, amount)}
          />
        </Card>
        <Card title="Redeem AID for USDC">
          <ConvertForm
            id="redeem"
            action="Redeem AID"
            from={AID}
            to={USDC}
            balance={aidBalance}
            schema={redeemSchema}
            preview={(amount) => (redeemFeeBps === undefined ? undefined : previewRedeem(amount, redeemFeeBps))}
            details={`1 AID = 1 USDC · ${fee(redeemFeeBps)} · no approval needed`}
            steps={(amount) => redeemFlow(addresses, account, amount)}
          />
        </Card>
      </div>
    </>
  );
}
