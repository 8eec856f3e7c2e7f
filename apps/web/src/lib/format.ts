import { formatUnits } from "viem";

/**
 * Formats base units for display with thousands separators, truncating (never rounding up) to
 * `maxFractionDigits`, so a shown balance is never more than the real one.
 */
export function formatAmount(value: bigint, decimals: number, maxFractionDigits = 6): string {
  const negative = value < 0n;
  const [whole, fraction = ""] = formatUnits(negative ? -value : value, decimals).split(".");
  const shownFraction = fraction.slice(0, maxFractionDigits).replace(/0+$/, "");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${negative ? "-" : ""}${grouped}${shownFraction ? `.${shownFraction}` : ""}`;
}

/** The exact decimal string of a base-unit amount, for putting back into an input (MAX). */
export function toInputValue(value: bigint, decimals: number): string {
  return formatUnits(value, decimals);
}

export function shortHash(hash: string): string {
  return `${hash.slice(0, 6)}…${hash.slice(-4)}`;
}
