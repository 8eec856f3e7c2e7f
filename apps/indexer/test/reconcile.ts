import {
  aidAbi,
  aidAddress,
  gpuTitleRegistryAbi,
  gpuTitleRegistryAddress,
  loanManagerAbi,
  loanManagerAddress,
  stakedAidAbi,
  stakedAidAddress,
} from "@aid/abis";
import { type Address, createPublicClient, http, type PublicClient } from "viem";
import { expect } from "vitest";
import { type Indexer, rows } from "./harness";

const C = 31337;
type Row = Record<string, string | number | boolean | null>;

export const TABLES = {
  loans: [
    "id borrower titleId status principal originalPrincipal installmentsPaid surplus surplusClaimed debt auctionBasis salePrice buyer cover loss",
    "id",
  ],
  titles: [
    "id owner pledgor status modelId gpuCount serialsCommitment appraisedValue insuranceVerified insuranceVerifiedUntil rejectionReason",
    "id",
  ],
  exitRequests: ["id controller owner status sharesRequested sharesPending sharesFilled assetsFilled", "id"],
  accounts: ["address aidBalance saidBalance claimableAssets", "address"],
  auctions: ["loanId titleId status debt basis startPrice endsAt price bidder", "loanId"],
  sharePrices: ["blockNumber timestamp totalAssets totalSupply assetsPerShare", "blockNumber"],
  sharePriceDailys: ["day blockNumber assetsPerShare", "day"],
  activitys: ["id account kind blockNumber amount amount2 loanId titleId requestId", "id"],
  events: ["id blockNumber blockHash contract name args", "id"],
} as const;

export async function snapshot(indexer: Indexer) {
  const out: Record<string, Row[]> = {};
  for (const [plural, [fields, orderBy]] of Object.entries(TABLES))
    out[plural] = await rows<Row>(indexer, plural, fields, orderBy);
  return out;
}

const lower = (a: string) => a.toLowerCase();

/** Every indexed loan, title, exit request and account equals what the chain reports now, and the indexed share
 * price equals `convertToAssets(1e18)` at `samples` blocks where it was recorded. Returns counts. */
export async function reconcile(indexer: Indexer, chainUrl: string, actors: Address[], samples = 12) {
  const client = createPublicClient({ transport: http(chainUrl) }) as PublicClient;
  const data = await snapshot(indexer);
  const read = <T>(
    address: Address,
    abi: readonly unknown[],
    functionName: string,
    args: unknown[] = [],
    blockNumber?: bigint,
  ) =>
    client.readContract({
      address,
      abi: abi as never,
      functionName: functionName as never,
      args: args as never,
      blockNumber,
    }) as Promise<T>;

  // Loans
  const loanCount = await read<bigint>(loanManagerAddress[C], loanManagerAbi, "loanCount");
  expect(data.loans.length).toBe(Number(loanCount));
  for (const row of data.loans) {
    const l = await read<{
      borrower: Address;
      titleId: bigint;
      status: number;
      principal: bigint;
      originalPrincipal: bigint;
      installmentsPaid: bigint;
      surplusClaimable: bigint;
      auctionBasis: bigint;
    }>(loanManagerAddress[C], loanManagerAbi, "loan", [BigInt(row.id as string)]);
    const want = {
      borrower: lower(l.borrower),
      titleId: String(l.titleId),
      status: l.status,
      principal: String(l.status === 2 || l.status >= 4 ? BigInt(row.principal as string) : l.principal),
      originalPrincipal: String(l.originalPrincipal),
      installmentsPaid: String(l.installmentsPaid),
    };
    expect({
      id: row.id,
      borrower: row.borrower,
      titleId: row.titleId,
      status: row.status,
      principal: row.principal,
      originalPrincipal: row.originalPrincipal,
      installmentsPaid: row.installmentsPaid,
    }).toEqual({ id: row.id, ...want });
    if (l.status === 2) expect(row.auctionBasis).toBe(String(l.auctionBasis));
    if (l.status === 4)
      expect(BigInt(row.surplus as string) - BigInt(row.surplusClaimed as string)).toBe(l.surplusClaimable);
  }

  // Titles
  const lastTitle = await read<bigint>(gpuTitleRegistryAddress[C], gpuTitleRegistryAbi, "lastTitleId");
  expect(data.titles.length).toBe(Number(lastTitle));
  for (const row of data.titles) {
    const t = await read<{
      owner: Address;
      pledgor: Address;
      status: number;
      modelId: number;
      gpuCount: number;
      serialsCommitment: string;
      appraisedValue: bigint;
      insuranceVerified: boolean;
      insuranceVerifiedUntil: bigint;
      rejectionReason: number;
    }>(gpuTitleRegistryAddress[C], gpuTitleRegistryAbi, "title", [BigInt(row.id as string)]);
    const burned = t.status >= 7;
    expect({
      id: row.id,
      status: row.status,
      modelId: row.modelId,
      gpuCount: row.gpuCount,
      serialsCommitment: row.serialsCommitment,
      appraisedValue: row.appraisedValue,
      insuranceVerifiedUntil: row.insuranceVerifiedUntil,
      rejectionReason: row.rejectionReason,
      ...(burned ? {} : { owner: row.owner, insuranceVerified: row.insuranceVerified }),
    }).toEqual({
      id: row.id,
      status: t.status,
      modelId: t.modelId,
      gpuCount: t.gpuCount,
      serialsCommitment: t.serialsCommitment,
      appraisedValue: String(t.appraisedValue),
      insuranceVerifiedUntil: String(t.insuranceVerifiedUntil),
      rejectionReason: t.rejectionReason,
      ...(burned ? {} : { owner: lower(t.owner), insuranceVerified: t.insuranceVerified }),
    });
    if (t.status === 4 || t.status === 5) expect(row.pledgor).toBe(lower(t.pledgor));
  }

  // Exit queue
  const state = await read<{ nextRequestId: bigint }>(stakedAidAddress[C], stakedAidAbi, "vaultState");
  expect(data.exitRequests.length).toBe(Number(state.nextRequestId) - 1);
  for (const row of data.exitRequests) {
    const r = await read<{ status: number; controller: Address; shares: bigint; filledShares: bigint }>(
      stakedAidAddress[C],
      stakedAidAbi,
      "getRequest",
      [BigInt(row.id as string)],
    );
    if (r.status === 1) {
      expect({
        id: row.id,
        status: row.status,
        controller: row.controller,
        sharesPending: row.sharesPending,
        sharesFilled: row.sharesFilled,
      }).toEqual({
        id: row.id,
        status: "pending",
        controller: lower(r.controller),
        sharesPending: String(r.shares),
        sharesFilled: String(r.filledShares),
      });
    } else {
      expect([row.id, row.status]).toEqual([row.id, expect.stringMatching(/^(filled|cancelled)$/)]);
      expect(row.sharesPending).toBe("0");
    }
  }

  // Balances and claimable exit assets of every account the indexer knows and every actor
  const known = new Map(data.accounts.map((a) => [a.address as string, a]));
  const addresses = new Set([...known.keys(), ...actors.map(lower)]);
  for (const address of addresses) {
    const row = known.get(address);
    const [aid, said, [claimable]] = await Promise.all([
      read<bigint>(aidAddress[C], aidAbi, "balanceOf", [address]),
      read<bigint>(stakedAidAddress[C], stakedAidAbi, "balanceOf", [address]),
      read<[bigint, bigint]>(stakedAidAddress[C], stakedAidAbi, "claimable", [address]),
    ]);
    expect({
      address,
      aid: row?.aidBalance ?? "0",
      said: row?.saidBalance ?? "0",
      claimable: row?.claimableAssets ?? "0",
    }).toEqual({ address, aid: String(aid), said: String(said), claimable: String(claimable) });
  }

  // Share price at sampled blocks (spread over the history, the last one included)
  const prices = data.sharePrices;
  const step = Math.max(1, Math.floor(prices.length / samples));
  const sampled = prices.filter((_, i) => i % step === 0 || i === prices.length - 1);
  for (const p of sampled) {
    const block = BigInt(p.blockNumber as string);
    const price = await read<bigint>(stakedAidAddress[C], stakedAidAbi, "convertToAssets", [10n ** 18n], block);
    expect({ block: p.blockNumber, price: p.assetsPerShare }).toEqual({ block: p.blockNumber, price: String(price) });
  }
  return {
    loans: data.loans.length,
    titles: data.titles.length,
    exitRequests: data.exitRequests.length,
    accounts: addresses.size,
    sharePrices: sampled.length,
    events: data.events.length,
    data,
  };
}
