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

/** A USD amount of the title registry (18 decimals), truncated to cents: "$2,400,000", "$1,234.56". */
export function formatUsd(value: bigint, maxFractionDigits = 2): string {
  const negative = value < 0n;
  return `${negative ? "-" : ""}$${formatAmount(negative ? -value : value, 18, maxFractionDigits)}`;
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** Unix seconds as a UTC calendar day, "21 Nov 2026": the same on every machine and time zone. */
export function formatDate(seconds: number | bigint): string {
  const date = new Date(Number(seconds) * 1000);
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** Basis points as a percentage: 2000 -> "20%", 125 -> "1.25%". */
export function formatBps(bps: number | bigint): string {
  return `${formatAmount(BigInt(bps), 2, 2)}%`;
}
