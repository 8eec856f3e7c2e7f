"use client";

import { useMemo } from "react";
import { useAccount, useConfig } from "wagmi";
import { ConnectGate } from "@/components/ConnectGate";
import { TokenAmount } from "@/components/TokenAmount";
import { Card } from "@/components/ui/Card";
import { AID, USDC } from "@/lib/units";
import { ConvertForm } from "./components/ConvertForm";
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

function MintPanels() {
  const { address } = useAccount();
  const account = address as NonNullable<typeof address>;
  const config = useConfig();
  const addresses = useProtocolAddresses();
  const { usdcBalance, aidBalance, reserveUsdc, isError } = useMintBalances(account);
  const mintSchema = useMemo(() => mintFormSchema(usdcBalance), [usdcBalance]);
  const redeemSchema = useMemo(() => redeemFormSchema(aidBalance), [aidBalance]);

  return (
    <>
      <Card>
        <dl className="grid grid-cols-1 gap-4 sm:grid-cols-3">
          {(
            [
              ["Your USDC", usdcBalance, USDC, "balance-usdc"],
              ["Your AID", aidBalance, AID, "balance-aid"],
              ["USDC in reserve", reserveUsdc, USDC, "reserve-usdc"],
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
        {isError ? (
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
            preview={previewMint}
            note="approve, then mint"
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
            preview={previewRedeem}
            note="no approval needed"
            steps={(amount) => redeemFlow(addresses, account, amount)}
          />
        </Card>
      </div>
    </>
  );
}
