import { BPS, USDC_TO_AID, WAD, YEAR_SECONDS } from "./units";

/** sAID's share price (AID per sAID, 18 decimals) at a block. */
export type PricePoint = { block: bigint; timestamp: bigint; price: bigint };

/** How far back the trailing APY looks, and the least history it needs to say anything. */
export const TRAILING_WINDOW_SECONDS = 30n * 86_400n;
export const TRAILING_MIN_SECONDS = 86_400n;

/**
 * Simple annualised growth from one price to another, as a ratio with 18 decimals (1e18 is 100%):
 * (p1 - p0) / p0 x (365 days / (t1 - t0)). Undefined when no time passed or the first price is 0.
 */
export function annualisedGrowth(from: PricePoint, to: PricePoint): bigint | undefined {
  const span = to.timestamp - from.timestamp;
  if (span <= 0n || from.price === 0n) return undefined;
  return ((to.price - from.price) * WAD * YEAR_SECONDS) / (from.price * span);
}

export type TrailingApy =
  | { apy: bigint; from: PricePoint; to: PricePoint; span: bigint }
  | { apy: undefined; span: bigint };

/**
 * The trailing APY: growth of the share price from the oldest sample inside the window to the latest sample,
 * annualised (simple, not compounded). Needs at least `minSeconds` of history.
 */
export function trailingApy(
  points: readonly PricePoint[],
  window = TRAILING_WINDOW_SECONDS,
  minSeconds = TRAILING_MIN_SECONDS,
): TrailingApy {
  const sorted = [...points].sort((a, b) => (a.timestamp < b.timestamp ? -1 : a.timestamp > b.timestamp ? 1 : 0));
  const to = sorted.at(-1);
  if (!to) return { apy: undefined, span: 0n };
  const from = sorted.find((p) => p.timestamp >= to.timestamp - window) ?? to;
  const span = to.timestamp - from.timestamp;
  const apy = span >= minSeconds ? annualisedGrowth(from, to) : undefined;
  return apy === undefined ? { apy: undefined, span } : { apy, from, to, span };
}

export type ProjectedApyInputs = {
  /** sAID's total assets (AID, 18 decimals): every source below is spread over them. */
  savingsAssets: bigint;
  /** The reserve's T-bills at their value (USDC, 6 decimals). */
  tBillUsdc: bigint;
  /** The T-bill vault's yearly rate in basis points. */
  tBillRateBps: bigint;
  /** The protocol's share of harvested surplus, in basis points. */
  harvestFeeBps: bigint;
  /** How fast the loan book grows: interest of performing loans, AID (18 decimals) per second. */
  loanInterestPerSecond: bigint;
  /** Mint and redeem fees collected so far (AID, 18 decimals) and over how many seconds. */
  feesCollected: bigint;
  feeSeconds: bigint;
};

export type ProjectedApy = { tBills: bigint; loans: bigint; fees: bigint; total: bigint };

/**
 * The APY sAID would earn if today's rates held, split by source, each a ratio with 18 decimals:
 * - T-bills: the reserve's T-bill value x the T-bill rate x (1 - harvest fee) / sAID's assets (all of the
 *   reserve's yield is harvested to sAID, so it is spread over sAID's assets, not over the AID supply);
 * - loans: loan interest per second x one year / sAID's assets;
 * - fees: mint and redeem fees collected so far, annualised, x (1 - harvest fee) / sAID's assets.
 * Undefined with nothing staked.
 */
export function projectedApy(input: ProjectedApyInputs): ProjectedApy | undefined {
  const { savingsAssets } = input;
  if (savingsAssets === 0n) return undefined;
  const keep = BPS - input.harvestFeeBps;
  const tBills = (input.tBillUsdc * USDC_TO_AID * input.tBillRateBps * keep * WAD) / (BPS * BPS * savingsAssets);
  const loans = (input.loanInterestPerSecond * YEAR_SECONDS * WAD) / savingsAssets;
  const fees =
    input.feeSeconds === 0n
      ? 0n
      : (input.feesCollected * keep * YEAR_SECONDS * WAD) / (BPS * input.feeSeconds * savingsAssets);
  return { tBills, loans, fees, total: tBills + loans + fees };
}

/** Reserve value over AID supply, 18 decimals (1e18 is 100%); undefined with no AID. */
export function backingRatio(reserveUsdc: bigint, aidSupply: bigint): bigint | undefined {
  if (aidSupply === 0n) return undefined;
  return (reserveUsdc * USDC_TO_AID * WAD) / aidSupply;
}

/** sAID's price: AID per 1 sAID, as the vault's convertToAssets(1e18) computes it (virtual share and asset). */
export function sharePrice(totalAssets: bigint, totalSupply: bigint): bigint {
  return (WAD * (totalAssets + 1n)) / (totalSupply + 1n);
}

/** AID value of `shares`, rounded down, as the vault's convertToAssets computes it. */
export function sharesToAssets(shares: bigint, totalAssets: bigint, totalSupply: bigint): bigint {
  return (shares * (totalAssets + 1n)) / (totalSupply + 1n);
}

/** Blocks to sample between `first` and `last` (both included), evenly spaced, at most `count`. */
export function sampleBlocks(first: bigint, last: bigint, count: number): bigint[] {
  if (last < first) return [];
  const span = last - first;
  const n = BigInt(Math.max(2, count)) - 1n;
  const blocks = new Set<bigint>();
  for (let i = 0n; i <= n; i++) blocks.add(first + (span * i) / n);
  return [...blocks];
}

/** The largest supply cap the minter can store (2^128 - 1 wei): set to it, there is in effect no cap. */
export const NO_SUPPLY_CAP = 2n ** 128n - 1n;

/** How much more AID the cap lets be minted, in words. */
export function supplyRoomText(supplyCap: bigint, supply: bigint): string {
  if (supplyCap >= NO_SUPPLY_CAP) return "no cap";
  const room = supplyCap > supply ? supplyCap - supply : 0n;
  const whole = (room / 10n ** 18n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${whole} AID`;
}
