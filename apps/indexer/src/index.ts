import { ponder } from "ponder:registry";
import {
  account,
  activity,
  auction,
  event,
  exitRequest,
  loan,
  model,
  sharePrice,
  sharePriceDaily,
  title,
} from "ponder:schema";
import { type Address, type Hex, zeroAddress } from "viem";
import { CONTRACTS, type ContractName } from "./deployment";

type Args = Record<string, unknown>;
type Log = {
  id: string;
  name: string;
  args: Args;
  block: { number: bigint; timestamp: bigint; hash: Hex };
  transaction: { hash: Hex };
  log: { logIndex: number; address: Address };
};
// biome-ignore lint/suspicious/noExplicitAny: Ponder's context is typed per event; the handlers below are generic
type Context = any;
type Handler = (e: Log, context: Context) => Promise<void>;

const WAD = 10n ** 18n;
const ZERO = 0n;

/** JSON for the raw event table: integers as decimal strings, structs as objects. */
function plain(value: unknown): unknown {
  if (typeof value === "bigint") return value.toString();
  if (Array.isArray(value)) return value.map(plain);
  if (value && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
  return value;
}

const big = (args: Args, key: string) => args[key] as bigint;
const addr = (args: Args, key: string) => (args[key] as string).toLowerCase() as Address;

async function touchAccount(
  context: Context,
  address: Address,
  at: bigint,
  change: Partial<Record<"aid" | "said" | "claimable", bigint>>,
) {
  if (address === zeroAddress) return;
  await context.db
    .insert(account)
    .values({
      address,
      aidBalance: change.aid ?? ZERO,
      saidBalance: change.said ?? ZERO,
      claimableAssets: change.claimable ?? ZERO,
      lastActiveAt: at,
    })
    .onConflictDoUpdate((row: typeof account.$inferSelect) => ({
      aidBalance: row.aidBalance + (change.aid ?? ZERO),
      saidBalance: row.saidBalance + (change.said ?? ZERO),
      claimableAssets: row.claimableAssets + (change.claimable ?? ZERO),
      lastActiveAt: at,
    }));
}

async function record(
  context: Context,
  e: Log,
  who: Address | Address[],
  kind: string,
  fields: Partial<Record<"amount" | "amount2" | "titleId" | "loanId" | "requestId", bigint>> = {},
) {
  const accounts = [...new Set((Array.isArray(who) ? who : [who]).map((a) => a.toLowerCase() as Address))];
  for (const a of accounts) {
    if (a === zeroAddress) continue;
    await context.db.insert(activity).values({
      id: `${e.id}-${a}`,
      account: a,
      kind,
      blockNumber: e.block.number,
      timestamp: e.block.timestamp,
      txHash: e.transaction.hash,
      logIndex: e.log.logIndex,
      ...fields,
    });
    await touchAccount(context, a, e.block.timestamp, {});
  }
}

/** sAID's price after this block, read once per block with a vault event: one `vaultState()` call (cached by Ponder's
 * RPC cache). `assetsPerShare` is StakedAID.convertToAssets(1e18) = 1e18 x (totalAssets + 1) / (totalSupply + 1). */
async function sampleSharePrice(e: Log, context: Context) {
  if (await context.db.find(sharePrice, { blockNumber: e.block.number })) return;
  const state = (await context.client.readContract({
    abi: CONTRACTS.StakedAID.abi,
    address: context.contracts.StakedAID.address,
    functionName: "vaultState",
  })) as { totalAssets: bigint; totalSupply: bigint };
  const { totalAssets, totalSupply } = state;
  const assetsPerShare = (WAD * (totalAssets + 1n)) / (totalSupply + 1n);
  const point = { blockNumber: e.block.number, timestamp: e.block.timestamp, totalAssets, totalSupply, assetsPerShare };
  await context.db.insert(sharePrice).values(point);
  await context.db
    .insert(sharePriceDaily)
    .values({ day: Number(e.block.timestamp / 86_400n), ...point })
    .onConflictDoUpdate(point);
}

async function titleOwner(context: Context, titleId: bigint): Promise<Address[]> {
  const row = await context.db.find(title, { id: titleId });
  return row ? [row.pledgor ?? row.owner] : [];
}

async function setTitle(context: Context, e: Log, id: bigint, set: Partial<typeof title.$inferInsert>) {
  if (!(await context.db.find(title, { id }))) return;
  await context.db.update(title, { id }).set({ ...set, updatedAt: e.block.timestamp });
}

const TitleStatus = {
  Pending: 1,
  Appraised: 2,
  Rejected: 3,
  Pledged: 4,
  Liquidating: 5,
  RedemptionRequested: 6,
  Redeemed: 7,
  Withdrawn: 8,
  Voided: 9,
};
const LoanStatus = { Active: 1, Liquidating: 2, Repaid: 3, Sold: 4, WrittenOff: 5 };

const derived: Partial<Record<`${ContractName}:${string}`, Handler>> = {
  "AID:Transfer": async (e, context) => {
    const value = big(e.args, "value");
    await touchAccount(context, addr(e.args, "from"), e.block.timestamp, { aid: -value });
    await touchAccount(context, addr(e.args, "to"), e.block.timestamp, { aid: value });
  },
  "StakedAID:Transfer": async (e, context) => {
    const value = big(e.args, "value");
    await touchAccount(context, addr(e.args, "from"), e.block.timestamp, { said: -value });
    await touchAccount(context, addr(e.args, "to"), e.block.timestamp, { said: value });
  },
  "AIDMinter:Minted": (e, context) =>
    record(context, e, [addr(e.args, "caller"), addr(e.args, "receiver")], "mint", {
      amount: big(e.args, "usdcIn"),
      amount2: big(e.args, "aidOut"),
    }),
  "AIDMinter:Redeemed": (e, context) =>
    record(context, e, [addr(e.args, "caller"), addr(e.args, "receiver")], "redeem", {
      amount: big(e.args, "aidIn"),
      amount2: big(e.args, "usdcOut"),
    }),
  "StakedAID:Deposit": (e, context) =>
    record(context, e, [addr(e.args, "sender"), addr(e.args, "owner")], "stake", {
      amount: big(e.args, "assets"),
      amount2: big(e.args, "shares"),
    }),
  "StakedAID:Withdraw": async (e, context) => {
    // ERC-7540 claim: assets leave the controller's (`owner`'s) claimable balance.
    await touchAccount(context, addr(e.args, "owner"), e.block.timestamp, { claimable: -big(e.args, "assets") });
    await record(context, e, [addr(e.args, "owner"), addr(e.args, "receiver")], "exit_claim", {
      amount: big(e.args, "assets"),
      amount2: big(e.args, "shares"),
    });
  },
  "StakedAID:RedeemRequest": async (e, context) => {
    const id = big(e.args, "requestId");
    const shares = big(e.args, "shares");
    await context.db.insert(exitRequest).values({
      id,
      controller: addr(e.args, "controller"),
      owner: addr(e.args, "owner"),
      sender: addr(e.args, "sender"),
      status: "pending",
      sharesRequested: shares,
      sharesPending: shares,
      sharesFilled: ZERO,
      assetsFilled: ZERO,
      requestedAt: e.block.timestamp,
    });
    await record(context, e, [addr(e.args, "controller"), addr(e.args, "owner")], "exit_request", {
      amount2: shares,
      requestId: id,
    });
  },
  "StakedAID:RedeemRequestFilled": async (e, context) => {
    const id = big(e.args, "requestId");
    const sharesLeft = big(e.args, "sharesLeft");
    await context.db.update(exitRequest, { id }).set((row: typeof exitRequest.$inferSelect) => ({
      sharesPending: sharesLeft,
      sharesFilled: row.sharesFilled + big(e.args, "shares"),
      assetsFilled: row.assetsFilled + big(e.args, "assets"),
      lastFilledAt: e.block.timestamp,
      ...(sharesLeft === ZERO ? { status: "filled", closedAt: e.block.timestamp } : {}),
    }));
    await touchAccount(context, addr(e.args, "controller"), e.block.timestamp, { claimable: big(e.args, "assets") });
    await record(context, e, addr(e.args, "controller"), "exit_fill", {
      amount: big(e.args, "assets"),
      amount2: big(e.args, "shares"),
      requestId: id,
    });
  },
  "StakedAID:RedeemRequestCancelled": async (e, context) => {
    const id = big(e.args, "requestId");
    await context.db
      .update(exitRequest, { id })
      .set({ status: "cancelled", sharesPending: ZERO, closedAt: e.block.timestamp });
    await record(context, e, addr(e.args, "controller"), "exit_cancel", {
      amount2: big(e.args, "shares"),
      requestId: id,
    });
  },
  "GPUTitleRegistry:ModelAdded": async (e, context) => {
    await context.db.insert(model).values({
      id: Number(e.args.modelId),
      name: e.args.name as string,
      depreciationBps: Number(e.args.depreciationBps),
      allowed: true,
    });
  },
  "GPUTitleRegistry:ModelUpdated": async (e, context) => {
    await context.db
      .update(model, { id: Number(e.args.modelId) })
      .set({ depreciationBps: Number(e.args.depreciationBps), allowed: e.args.allowed as boolean });
  },
  "GPUTitleRegistry:Transfer": async (e, context) => {
    const id = big(e.args, "id");
    if (addr(e.args, "to") !== zeroAddress) await setTitle(context, e, id, { owner: addr(e.args, "to") });
  },
  "GPUTitleRegistry:TitleSubmitted": async (e, context) => {
    const id = big(e.args, "titleId");
    const input = e.args.input as {
      modelId: number;
      gpuCount: number;
      serials: readonly Hex[];
      dataCenter: string;
      dataCenterTier: number;
      purchasePrice: bigint;
      purchaseDate: number;
      insurance: { insurer: string; policyId: string; coverage: bigint; expiry: number };
    };
    const m = await context.db.find(model, { id: input.modelId });
    await context.db.insert(title).values({
      id,
      owner: addr(e.args, "owner"),
      status: TitleStatus.Pending,
      modelId: input.modelId,
      modelName: m?.name ?? "",
      gpuCount: input.gpuCount,
      serialsCommitment: e.args.serialsCommitment as Hex,
      serials: [...input.serials],
      dataCenter: input.dataCenter,
      dataCenterTier: input.dataCenterTier,
      purchasePrice: input.purchasePrice,
      purchaseDate: BigInt(input.purchaseDate),
      insurer: input.insurance.insurer,
      policyId: input.insurance.policyId,
      coverage: input.insurance.coverage,
      insuranceExpiry: BigInt(input.insurance.expiry),
      insuranceVerified: false,
      insuranceVerifiedUntil: ZERO,
      appraisedValue: ZERO,
      appraisedAt: ZERO,
      appraisalValidUntil: ZERO,
      depreciationBps: 0,
      rejectionReason: 0,
      submittedAt: e.block.timestamp,
      updatedAt: e.block.timestamp,
    });
    await record(context, e, addr(e.args, "owner"), "title_submitted", { titleId: id });
  },
  "GPUTitleRegistry:TitleAppraised": async (e, context) => {
    const id = big(e.args, "titleId");
    const row = await context.db.find(title, { id });
    await setTitle(context, e, id, {
      ...(row?.status === TitleStatus.Pending ? { status: TitleStatus.Appraised } : {}),
      appraisedValue: big(e.args, "value"),
      appraisedAt: e.block.timestamp,
      appraisalValidUntil: BigInt(e.args.validUntil as number),
      depreciationBps: Number(e.args.depreciationBps),
      reportHash: e.args.reportHash as Hex,
      insuranceVerified: true,
      insuranceVerifiedUntil: BigInt(e.args.insuranceVerifiedUntil as number),
    });
    await record(context, e, await titleOwner(context, id), "title_appraised", {
      amount: big(e.args, "value"),
      titleId: id,
    });
  },
  "GPUTitleRegistry:TitleRejected": async (e, context) => {
    const id = big(e.args, "titleId");
    await setTitle(context, e, id, { status: TitleStatus.Rejected, rejectionReason: Number(e.args.reason) });
    await record(context, e, await titleOwner(context, id), "title_rejected", { titleId: id });
  },
  "GPUTitleRegistry:InsuranceUpdated": async (e, context) => {
    const id = big(e.args, "titleId");
    const ins = e.args.insurance as { insurer: string; policyId: string; coverage: bigint; expiry: number };
    await setTitle(context, e, id, {
      insurer: ins.insurer,
      policyId: ins.policyId,
      coverage: ins.coverage,
      insuranceExpiry: BigInt(ins.expiry),
      insuranceVerified: false,
    });
    await record(context, e, addr(e.args, "holder"), "insurance_updated", { amount: ins.coverage, titleId: id });
  },
  "GPUTitleRegistry:InsuranceVerified": async (e, context) => {
    const id = big(e.args, "titleId");
    await setTitle(context, e, id, {
      insuranceVerified: true,
      insuranceVerifiedUntil: BigInt(e.args.verifiedUntil as number),
    });
    await record(context, e, await titleOwner(context, id), "insurance_verified", { titleId: id });
  },
  "GPUTitleRegistry:TitlePledged": (e, context) =>
    setTitle(context, e, big(e.args, "titleId"), { status: TitleStatus.Pledged, pledgor: addr(e.args, "pledgor") }),
  "GPUTitleRegistry:TitleReleased": (e, context) =>
    setTitle(context, e, big(e.args, "titleId"), { status: TitleStatus.Appraised, pledgor: null }),
  "GPUTitleRegistry:LiquidationStarted": (e, context) =>
    setTitle(context, e, big(e.args, "titleId"), { status: TitleStatus.Liquidating }),
  "GPUTitleRegistry:LiquidationSettled": (e, context) =>
    setTitle(context, e, big(e.args, "titleId"), {
      status: TitleStatus.Appraised,
      pledgor: null,
      owner: addr(e.args, "recipient"),
    }),
  "GPUTitleRegistry:RedemptionRequested": async (e, context) => {
    const id = big(e.args, "titleId");
    await setTitle(context, e, id, { status: TitleStatus.RedemptionRequested });
    await record(context, e, addr(e.args, "holder"), "title_redemption_requested", { titleId: id });
  },
  "GPUTitleRegistry:RedemptionCancelled": async (e, context) => {
    const id = big(e.args, "titleId");
    await setTitle(context, e, id, { status: TitleStatus.Appraised });
    await record(context, e, addr(e.args, "holder"), "title_redemption_cancelled", { titleId: id });
  },
  "GPUTitleRegistry:TitleRedeemed": async (e, context) => {
    const id = big(e.args, "titleId");
    await setTitle(context, e, id, { status: TitleStatus.Redeemed });
    await record(context, e, addr(e.args, "holder"), "title_redeemed", { titleId: id });
  },
  "GPUTitleRegistry:TitleWithdrawn": async (e, context) => {
    const id = big(e.args, "titleId");
    await setTitle(context, e, id, { status: TitleStatus.Withdrawn });
    await record(context, e, addr(e.args, "owner"), "title_withdrawn", { titleId: id });
  },
  "GPUTitleRegistry:TitleVoided": async (e, context) => {
    const id = big(e.args, "titleId");
    await setTitle(context, e, id, { status: TitleStatus.Voided, rejectionReason: Number(e.args.reason) });
    await record(context, e, addr(e.args, "holder"), "title_voided", { titleId: id });
  },
  "LoanManager:LoanOpened": async (e, context) => {
    const id = big(e.args, "loanId");
    const principal = big(e.args, "principal");
    await context.db.insert(loan).values({
      id,
      borrower: addr(e.args, "borrower"),
      titleId: big(e.args, "titleId"),
      receiver: addr(e.args, "receiver"),
      status: LoanStatus.Active,
      principal,
      originalPrincipal: principal,
      fee: big(e.args, "fee"),
      installmentsPaid: ZERO,
      repayments: 0,
      interestPaid: ZERO,
      principalPaid: ZERO,
      openedAt: e.block.timestamp,
      openedBlock: e.block.number,
    });
    await record(context, e, addr(e.args, "borrower"), "loan_opened", {
      amount: principal,
      amount2: big(e.args, "fee"),
      loanId: id,
      titleId: big(e.args, "titleId"),
    });
  },
  "LoanManager:LoanRepaid": async (e, context) => {
    const id = big(e.args, "loanId");
    const left = big(e.args, "principalLeft");
    const row = await context.db.update(loan, { id }).set((r: typeof loan.$inferSelect) => ({
      principal: left,
      installmentsPaid: big(e.args, "installmentsPaid"),
      repayments: r.repayments + 1,
      interestPaid: r.interestPaid + big(e.args, "interest"),
      principalPaid: r.principalPaid + big(e.args, "principalPaid"),
      lastPaymentAt: e.block.timestamp,
      ...(left === ZERO ? { status: LoanStatus.Repaid, closedAt: e.block.timestamp } : {}),
    }));
    await record(context, e, [addr(e.args, "payer"), row.borrower], "loan_repaid", {
      amount: big(e.args, "principalPaid"),
      amount2: big(e.args, "interest"),
      loanId: id,
    });
  },
  "LoanManager:LoanLiquidated": async (e, context) => {
    const id = big(e.args, "loanId");
    const view = (await context.client.readContract({
      abi: CONTRACTS.LoanManager.abi,
      address: context.contracts.LoanManager.address,
      functionName: "loan",
      args: [id],
    })) as { auctionStart: bigint; auctionEnd: bigint };
    const row = await context.db.update(loan, { id }).set({
      status: LoanStatus.Liquidating,
      defaultReason: Number(e.args.reason),
      liquidatedAt: e.block.timestamp,
      debt: big(e.args, "debt"),
      auctionBasis: big(e.args, "basis"),
      auctionStartPrice: big(e.args, "startPrice"),
    });
    await context.db.insert(auction).values({
      loanId: id,
      titleId: row.titleId,
      status: "live",
      startedAt: view.auctionStart || e.block.timestamp,
      endsAt: view.auctionEnd,
      debt: big(e.args, "debt"),
      basis: big(e.args, "basis"),
      startPrice: big(e.args, "startPrice"),
    });
    await record(context, e, row.borrower, "loan_liquidated", { amount: big(e.args, "debt"), loanId: id });
  },
  "LoanManager:AuctionSettled": async (e, context) => {
    const id = big(e.args, "loanId");
    const sale = {
      price: big(e.args, "price"),
      income: big(e.args, "income"),
      fee: big(e.args, "fee"),
      surplus: big(e.args, "surplus"),
      cover: big(e.args, "cover"),
      loss: big(e.args, "loss"),
    };
    const row = await context.db.update(loan, { id }).set({
      status: LoanStatus.Sold,
      salePrice: sale.price,
      buyer: addr(e.args, "bidder"),
      surplus: sale.surplus,
      surplusClaimed: ZERO,
      cover: sale.cover,
      loss: sale.loss,
      closedAt: e.block.timestamp,
    });
    await context.db
      .update(auction, { loanId: id })
      .set({ status: "sold", bidder: addr(e.args, "bidder"), settledAt: e.block.timestamp, ...sale });
    await record(context, e, addr(e.args, "bidder"), "auction_bid", {
      amount: sale.price,
      loanId: id,
      titleId: row.titleId,
    });
    await record(context, e, row.borrower, "loan_sold", { amount: sale.price, amount2: sale.surplus, loanId: id });
  },
  "LoanManager:LoanWrittenOff": async (e, context) => {
    const id = big(e.args, "loanId");
    const cover = big(e.args, "cover");
    const loss = big(e.args, "loss");
    const row = await context.db
      .update(loan, { id })
      .set({ status: LoanStatus.WrittenOff, cover, loss, closedAt: e.block.timestamp });
    await context.db
      .update(auction, { loanId: id })
      .set({ status: "written_off", cover, loss, settledAt: e.block.timestamp });
    await record(context, e, row.borrower, "loan_written_off", { amount: loss, amount2: cover, loanId: id });
  },
  "LoanManager:SurplusClaimed": async (e, context) => {
    const id = big(e.args, "loanId");
    await context.db
      .update(loan, { id })
      .set((r: typeof loan.$inferSelect) => ({ surplusClaimed: (r.surplusClaimed ?? ZERO) + big(e.args, "amount") }));
    await record(context, e, addr(e.args, "borrower"), "surplus_claimed", {
      amount: big(e.args, "amount"),
      loanId: id,
    });
  },
};

/** One handler per event of every protocol contract: the raw row, then the derived tables, then (for vault events)
 * the share price at that block. */
const on = ponder.on.bind(ponder) as unknown as (
  name: string,
  handler: (args: { event: Log; context: Context }) => Promise<void>,
) => void;
for (const [contract, { abi }] of Object.entries(CONTRACTS) as [ContractName, (typeof CONTRACTS)[ContractName]][]) {
  for (const item of abi) {
    if (item.type !== "event") continue;
    const key = `${contract}:${item.name}` as const;
    on(key, async ({ event: e, context }) => {
      await context.db.insert(event).values({
        id: e.id,
        blockNumber: e.block.number,
        blockHash: e.block.hash,
        timestamp: e.block.timestamp,
        txHash: e.transaction.hash,
        logIndex: e.log.logIndex,
        contract,
        address: e.log.address.toLowerCase() as Address,
        name: item.name,
        args: plain(e.args),
      });
      await derived[key]?.(e, context);
      if (contract === "StakedAID") await sampleSharePrice(e, context);
    });
  }
}
