/** Token facts in one place. Amounts are always bigint base units; never floats for money. */
export type TokenInfo = { symbol: string; decimals: number };

export const USDC: TokenInfo = { symbol: "USDC", decimals: 6 };
export const AID: TokenInfo = { symbol: "AID", decimals: 18 };
/** Staked AID: the savings vault's shares. */
export const SAID: TokenInfo = { symbol: "sAID", decimals: 18 };

/** One USDC base unit (1e-6) is 1e12 AID base units. */
export const USDC_TO_AID = 10n ** 12n;

/** 1.0 with 18 decimals: share prices and ratios. */
export const WAD = 10n ** 18n;

/** 100% in basis points. */
export const BPS = 10_000n;

/** Seconds in the 365-day year the contracts use for rates. */
export const YEAR_SECONDS = 365n * 24n * 60n * 60n;
