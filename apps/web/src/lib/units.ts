/** Token facts in one place. Amounts are always bigint base units; never floats for money. */
export type TokenInfo = { symbol: string; decimals: number };

export const USDC: TokenInfo = { symbol: "USDC", decimals: 6 };
export const AID: TokenInfo = { symbol: "AID", decimals: 18 };

/** One USDC base unit (1e-6) is 1e12 AID base units. */
export const USDC_TO_AID = 10n ** 12n;

/** The title registry's USD unit: 18 decimals (1e18 = one dollar, the same unit as AID). */
export const USD: TokenInfo = { symbol: "USD", decimals: 18 };
