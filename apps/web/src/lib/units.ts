/** Token facts in one place. Amounts are always bigint base units; never floats for money. */
export type TokenInfo = { symbol: string; decimals: number };

export const USDC: TokenInfo = { symbol: "USDC", decimals: 6 };
export const AID: TokenInfo = { symbol: "AID", decimals: 18 };
/** Staked AID: the savings vault's shares. */
export const SAID: TokenInfo = { symbol: "sAID", decimals: 18 };

/** One USDC base unit (1e-6) is 1e12 AID base units. */
export const USDC_TO_AID = 10n ** 12n;

/** The title registry's USD unit: 18 decimals (1e18 = one dollar, the same unit as AID). */
export const USD: TokenInfo = { symbol: "USD", decimals: 18 };

/** 1.0 with 18 decimals: share prices and ratios. */
export const WAD = 10n ** 18n;

/** 100% in basis points. */
export const BPS = 10_000n;

/** Seconds in the 365-day year the contracts use for rates. */
export const YEAR_SECONDS = 365n * 24n * 60n * 60n;
