import { index, onchainTable } from "ponder";

/** Every log of every protocol contract, as emitted: the catch-all. `args` holds the decoded arguments with integers
 * as decimal strings (JSON has no integers that large). */
export const event = onchainTable(
  "event",
  (t) => ({
    id: t.text().primaryKey(),
    blockNumber: t.bigint().notNull(),
    blockHash: t.hex().notNull(),
    timestamp: t.bigint().notNull(),
    txHash: t.hex().notNull(),
    logIndex: t.integer().notNull(),
    contract: t.text().notNull(),
    address: t.hex().notNull(),
    name: t.text().notNull(),
    args: t.json().notNull(),
  }),
  (table) => ({
    blockIdx: index().on(table.blockNumber),
    nameIdx: index().on(table.contract, table.name),
  }),
);

/** An account's AID and sAID balances (from Transfer events) and its filled, unclaimed exit assets (AID wei). */
export const account = onchainTable("account", (t) => ({
  address: t.hex().primaryKey(),
  aidBalance: t.bigint().notNull(),
  saidBalance: t.bigint().notNull(),
  claimableAssets: t.bigint().notNull(),
  lastActiveAt: t.bigint().notNull(),
}));

/** One row per account per thing it did or that happened to it: mints, redeems, stakes, exit requests, fills, cancels
 * and claims, titles and loans. `amount` and `amount2` are token wei as the event gives them (see `kind`). */
export const activity = onchainTable(
  "activity",
  (t) => ({
    id: t.text().primaryKey(),
    account: t.hex().notNull(),
    kind: t.text().notNull(),
    blockNumber: t.bigint().notNull(),
    timestamp: t.bigint().notNull(),
    txHash: t.hex().notNull(),
    logIndex: t.integer().notNull(),
    amount: t.bigint(),
    amount2: t.bigint(),
    titleId: t.bigint(),
    loanId: t.bigint(),
    requestId: t.bigint(),
  }),
  (table) => ({ accountIdx: index().on(table.account, table.blockNumber) }),
);

/** The loan tape: one row per loan with its current status (ILoans.LoanStatus: 1 Active, 2 Liquidating, 3 Repaid,
 * 4 Sold, 5 WrittenOff). Amounts are AID wei. */
export const loan = onchainTable(
  "loan",
  (t) => ({
    id: t.bigint().primaryKey(),
    borrower: t.hex().notNull(),
    titleId: t.bigint().notNull(),
    receiver: t.hex().notNull(),
    status: t.integer().notNull(),
    principal: t.bigint().notNull(),
    originalPrincipal: t.bigint().notNull(),
    fee: t.bigint().notNull(),
    installmentsPaid: t.bigint().notNull(),
    repayments: t.integer().notNull(),
    interestPaid: t.bigint().notNull(),
    principalPaid: t.bigint().notNull(),
    openedAt: t.bigint().notNull(),
    openedBlock: t.bigint().notNull(),
    lastPaymentAt: t.bigint(),
    defaultReason: t.integer(),
    liquidatedAt: t.bigint(),
    debt: t.bigint(),
    auctionBasis: t.bigint(),
    auctionStartPrice: t.bigint(),
    salePrice: t.bigint(),
    buyer: t.hex(),
    surplus: t.bigint(),
    surplusClaimed: t.bigint(),
    cover: t.bigint(),
    loss: t.bigint(),
    closedAt: t.bigint(),
  }),
  (table) => ({ borrowerIdx: index().on(table.borrower), statusIdx: index().on(table.status) }),
);

/** One row per auction (a liquidated loan's title): live until sold or written off. */
export const auction = onchainTable("auction", (t) => ({
  loanId: t.bigint().primaryKey(),
  titleId: t.bigint().notNull(),
  status: t.text().notNull(), // live | sold | written_off
  startedAt: t.bigint().notNull(),
  endsAt: t.bigint().notNull(),
  debt: t.bigint().notNull(),
  basis: t.bigint().notNull(),
  startPrice: t.bigint().notNull(),
  price: t.bigint(),
  bidder: t.hex(),
  income: t.bigint(),
  fee: t.bigint(),
  surplus: t.bigint(),
  cover: t.bigint(),
  loss: t.bigint(),
  settledAt: t.bigint(),
}));

/** GPU titles with their current status (IGPUTitleRegistry.Status: 1 Pending, 2 Appraised, 3 Rejected, 4 Pledged,
 * 5 Liquidating, 6 RedemptionRequested, 7 Redeemed, 8 Withdrawn, 9 Voided). `owner` is the ERC-721 owner (the loan
 * manager while pledged; `pledgor` is then the borrower). */
export const title = onchainTable(
  "title",
  (t) => ({
    id: t.bigint().primaryKey(),
    owner: t.hex().notNull(),
    pledgor: t.hex(),
    status: t.integer().notNull(),
    modelId: t.integer().notNull(),
    modelName: t.text().notNull(),
    gpuCount: t.integer().notNull(),
    serialsCommitment: t.hex().notNull(),
    serials: t.json().notNull(),
    dataCenter: t.text().notNull(),
    dataCenterTier: t.integer().notNull(),
    purchasePrice: t.bigint().notNull(),
    purchaseDate: t.bigint().notNull(),
    insurer: t.text().notNull(),
    policyId: t.text().notNull(),
    coverage: t.bigint().notNull(),
    insuranceExpiry: t.bigint().notNull(),
    insuranceVerified: t.boolean().notNull(),
    insuranceVerifiedUntil: t.bigint().notNull(),
    appraisedValue: t.bigint().notNull(),
    appraisedAt: t.bigint().notNull(),
    appraisalValidUntil: t.bigint().notNull(),
    depreciationBps: t.integer().notNull(),
    reportHash: t.hex(),
    rejectionReason: t.integer().notNull(),
    submittedAt: t.bigint().notNull(),
    updatedAt: t.bigint().notNull(),
  }),
  (table) => ({ ownerIdx: index().on(table.owner), statusIdx: index().on(table.status) }),
);

export const model = onchainTable("model", (t) => ({
  id: t.integer().primaryKey(),
  name: t.text().notNull(),
  depreciationBps: t.integer().notNull(),
  allowed: t.boolean().notNull(),
}));

/** The sAID exit queue: one row per ERC-7540 redeem request. status: pending | filled | cancelled. */
export const exitRequest = onchainTable(
  "exit_request",
  (t) => ({
    id: t.bigint().primaryKey(),
    controller: t.hex().notNull(),
    owner: t.hex().notNull(),
    sender: t.hex().notNull(),
    status: t.text().notNull(),
    sharesRequested: t.bigint().notNull(),
    sharesPending: t.bigint().notNull(),
    sharesFilled: t.bigint().notNull(),
    assetsFilled: t.bigint().notNull(),
    requestedAt: t.bigint().notNull(),
    lastFilledAt: t.bigint(),
    closedAt: t.bigint(),
  }),
  (table) => ({ controllerIdx: index().on(table.controller), statusIdx: index().on(table.status) }),
);

/** sAID's price at each block where a vault event happened: `assetsPerShare` is `convertToAssets(1e18)`. */
export const sharePrice = onchainTable("share_price", (t) => ({
  blockNumber: t.bigint().primaryKey(),
  timestamp: t.bigint().notNull(),
  totalAssets: t.bigint().notNull(),
  totalSupply: t.bigint().notNull(),
  assetsPerShare: t.bigint().notNull(),
}));

/** The last share price of each UTC day (day = timestamp / 86400), for APY over days. */
export const sharePriceDaily = onchainTable("share_price_daily", (t) => ({
  day: t.integer().primaryKey(),
  blockNumber: t.bigint().notNull(),
  timestamp: t.bigint().notNull(),
  totalAssets: t.bigint().notNull(),
  totalSupply: t.bigint().notNull(),
  assetsPerShare: t.bigint().notNull(),
}));
