/** What the app knows about one pending exit request and the vault, to estimate when it can be claimed. */
export type ClaimEstimateInput = {
  /** The chain's time now (seconds). */
  now: bigint;
  /** When the request's cooldown ends. */
  eligibleAt: bigint;
  /** AID value of the pending requests ahead of it, and of the request itself, at today's price. */
  assetsAhead: bigint;
  assets: bigint;
  /** The vault's idle AID (already net of income still vesting). */
  idleAssets: bigint;
  /** Income still vesting, and when it is fully vested: it becomes idle AID linearly until then. */
  unvestedIncome: bigint;
  vestingEnd: bigint;
};

export type ClaimEstimate =
  /** Eligible and covered by idle AID: processing the queue fills it now. */
  | { kind: "now" }
  /** Expected to be fillable at `at`; `waitingFor` names the later of the two conditions. */
  | { kind: "at"; at: bigint; waitingFor: "cooldown" | "liquidity" }
  /** Idle AID plus the income in sight fall `missing` AID short: it waits for deposits or loan repayments. */
  | { kind: "unknown"; missing: bigint; eligibleAt: bigint };

/**
 * When a request can be filled (and then claimed): the later of
 * - its eligibility (request time + cooldown), and
 * - the time idle AID covers everything ahead of it plus itself: now if it already does; else while income is
 *   vesting, now + (vesting end - now) x shortfall / unvested income (income vests linearly); else unknown.
 * Requests ahead are assumed to become eligible no later than this one (FIFO with one cooldown).
 */
export function estimateClaimTime(input: ClaimEstimateInput): ClaimEstimate {
  const { now, eligibleAt, idleAssets, unvestedIncome, vestingEnd } = input;
  const needed = input.assetsAhead + input.assets;
  let liquidAt: bigint;
  if (idleAssets >= needed) {
    liquidAt = now;
  } else {
    const shortfall = needed - idleAssets;
    const vestingLeft = vestingEnd > now ? vestingEnd - now : 0n;
    if (unvestedIncome === 0n || vestingLeft === 0n || shortfall > unvestedIncome) {
      return { kind: "unknown", missing: shortfall - (vestingLeft === 0n ? 0n : unvestedIncome), eligibleAt };
    }
    liquidAt = now + (vestingLeft * shortfall + unvestedIncome - 1n) / unvestedIncome;
  }
  const at = liquidAt > eligibleAt ? liquidAt : eligibleAt;
  if (at <= now) return { kind: "now" };
  return { kind: "at", at, waitingFor: eligibleAt >= liquidAt ? "cooldown" : "liquidity" };
}

/**
 * The chain's time as the app sees it: the latest block's timestamp, or the browser's clock if later (a local
 * chain mines no block while idle, so its last timestamp lags real time).
 */
export function chainNow(latestBlockTimestamp: bigint, browserMs: number = Date.now()): bigint {
  const browser = BigInt(Math.floor(browserMs / 1000));
  return latestBlockTimestamp > browser ? latestBlockTimestamp : browser;
}
