import { formatUnits } from "viem";
import { AID } from "./units";

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

/** An AID amount with its symbol, truncated to `maxFractionDigits`: "1,234.5 AID". */
export const formatAid = (value: bigint, maxFractionDigits = 2) =>
  `${formatAmount(value, AID.decimals, maxFractionDigits)} AID`;

/** An amount with exactly `fractionDigits` decimals (truncated, like formatAmount), for columns of figures. */
export function formatFixed(value: bigint, decimals: number, fractionDigits = 2): string {
  const negative = value < 0n;
  const [whole, fraction = ""] = formatUnits(negative ? -value : value, decimals).split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const shown = fraction.padEnd(fractionDigits, "0").slice(0, fractionDigits);
  return `${negative ? "-" : ""}${grouped}${fractionDigits > 0 ? `.${shown}` : ""}`;
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

/**
 * Unix seconds as a calendar day in the app's one date format, with its time zone: "21 Nov 2026 UTC". The same on
 * every machine; times add the hour in the same format (formatTimestamp).
 */
export function formatDate(seconds: number | bigint): string {
  return `${utcDay(seconds)} UTC`;
}

function utcDay(seconds: number | bigint): string {
  const date = new Date(Number(seconds) * 1000);
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** Basis points as a percentage without trailing zeros, for rates: 2000 -> "20%", 125 -> "1.25%". */
export function formatRate(bps: number | bigint): string {
  return `${formatAmount(BigInt(bps), 2, 2)}%`;
}

/** A ratio in basis points as a percentage with two decimals, truncated: 450n is "4.50%". */
export function formatBps(bps: bigint): string {
  const negative = bps < 0n;
  const abs = negative ? -bps : bps;
  const whole = abs / 100n;
  const fraction = (abs % 100n).toString().padStart(2, "0");
  return `${negative ? "-" : ""}${whole.toLocaleString("en-US")}.${fraction}%`;
}

/** A ratio with 18 decimals (1e18 is 100%) as a percentage with two decimals, truncated. */
export function formatWadPercent(wad: bigint): string {
  return formatBps((wad * 10_000n) / 10n ** 18n);
}

/** A duration in seconds, in its largest unit and the next one: "2 d 4 h", "3 h 5 min", "45 s". */
export function formatDuration(seconds: bigint): string {
  const left = seconds < 0n ? 0n : seconds;
  const units: [bigint, string][] = [
    [86_400n, "d"],
    [3_600n, "h"],
    [60n, "min"],
    [1n, "s"],
  ];
  const first = units.findIndex(([size]) => left >= size);
  if (first === -1) return "0 s";
  const [size, name] = units[first];
  const main = `${left / size} ${name}`;
  const next = units[first + 1];
  if (!next) return main;
  const rest = (left % size) / next[0];
  return rest === 0n ? main : `${main} ${rest} ${next[1]}`;
}

/** A unix timestamp (seconds) as a date and time in the app's one format: "1 Mar 2026, 14:05 UTC". */
export function formatTimestamp(seconds: bigint): string {
  const iso = new Date(Number(seconds) * 1000).toISOString();
  return `${utcDay(seconds)}, ${iso.slice(11, 16)} UTC`;
}

export function shortAddress(address: string): string {
  return `${address.slice(0, 6)}…${address.slice(-4)}`;
}
