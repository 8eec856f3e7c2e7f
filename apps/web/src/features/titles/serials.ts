import { concat, type Hex, hexToString, keccak256, stringToHex } from "viem";
import { parseCsv } from "@/lib/csv";

/**
 * GPU serial numbers exactly as contracts/src/libraries/SerialNumbers.sol normalises them, into the one canonical
 * form the registry accepts: drop ASCII whitespace (space, tab, line breaks, vertical tab, form feed) and the
 * separators `- . / _` wherever they are, upper-case a-z, strip leading zeros; what is left must be 1 to 32
 * characters of `0-9 A-Z`, and is packed left-aligned into a zero-padded bytes32. Any other character is refused,
 * never dropped. So `1652-922004351`, `01652922004351` and `1652922004351` are one serial, sent as `1652922004351`.
 */
export const MAX_SERIAL_LENGTH = 32;

const ALLOWED = /^[0-9A-Z]$/;
const isSpace = (code: number) => code === 0x20 || (code >= 0x09 && code <= 0x0d);
const isDropped = (c: string) => isSpace(c.charCodeAt(0)) || c === "-" || c === "." || c === "/" || c === "_";
/** Blank in the contract's sense: only ASCII whitespace (a no-break space is a character, and refused). */
const isBlank = (text: string) => /^[\t\n\v\f\r ]*$/.test(text);

/** How the form names the rule, in its messages. */
export const SERIAL_RULE =
  "Use the letters and digits of the serial number, at most 32 once spaces, - . / _ and leading zeros are removed (they are removed and letters upper-cased for you).";

export type NormalizedSerial = { ok: true; serial: string; packed: Hex };
export type InvalidSerial = { ok: false; raw: string; problem: string };

function describeChar(c: string): string {
  if (c === " ") return "a space";
  const code = c.codePointAt(0) ?? 0;
  if (code < 0x20 || code === 0x7f)
    return `a control character (U+${code.toString(16).toUpperCase().padStart(4, "0")})`;
  return `“${c}”`;
}

/** Normalises one typed serial as the contract's `SerialNumbers.normalize` does. */
export function normalizeSerial(raw: string): NormalizedSerial | InvalidSerial {
  let start = 0;
  let end = raw.length;
  while (start < end && isSpace(raw.charCodeAt(start))) start++;
  while (end > start && isSpace(raw.charCodeAt(end - 1))) end--;
  const trimmed = raw.slice(start, end);
  if (trimmed === "") return { ok: false, raw, problem: "is empty" };
  let serial = "";
  for (const c of trimmed) {
    if (isDropped(c)) continue;
    const upper = c >= "a" && c <= "z" ? c.toUpperCase() : c;
    if (!ALLOWED.test(upper)) return { ok: false, raw: trimmed, problem: `contains ${describeChar(c)}` };
    if (serial === "" && upper === "0") continue;
    serial += upper;
  }
  if (serial === "") return { ok: false, raw: trimmed, problem: "has only zeros and separators" };
  if (serial.length > MAX_SERIAL_LENGTH) {
    return {
      ok: false,
      raw: trimmed,
      problem: `has ${serial.length} characters without separators and leading zeros (the most is ${MAX_SERIAL_LENGTH})`,
    };
  }
  return { ok: true, serial, packed: stringToHex(serial, { size: 32 }) };
}

/** The serial text packed in a bytes32 (as emitted in `TitleSubmitted` or carried by an error). */
export function serialText(packed: Hex): string {
  return hexToString(packed, { size: 32 });
}

/** Ascending order of packed serials as unsigned integers: the contract's order (a prefix before its extensions). */
export function compareSerials(a: Hex, b: Hex): number {
  const x = BigInt(a);
  const y = BigInt(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** `keccak256(abi.encodePacked(sorted))`: the commitment `submit` records for a sorted, duplicate-free list. */
export function serialsCommitment(sorted: readonly Hex[]): Hex {
  return keccak256(concat([...sorted]));
}

/** Splits a pasted list: one serial a line, or separated by commas, semicolons or tabs. Blank entries are skipped. */
export function splitSerialList(text: string): string[] {
  return text.split(/[\r\n,;\t]+/).filter((entry) => !isBlank(entry));
}

export type SerialAnalysis = {
  /** How many entries were given (blank ones skipped). */
  entries: number;
  invalid: InvalidSerial[];
  /** Valid entries that will be sent in another spelling: as typed (trimmed), and in canonical form. */
  rewritten: { raw: string; serial: string }[];
  /** Normalised serials given more than once, with how many times. */
  duplicates: { serial: string; times: number }[];
  /** The distinct valid serials, in canonical form and sorted as the contract needs them. */
  sorted: { serial: string; packed: Hex }[];
};

/** Normalises, sorts and checks a pasted list, reporting every invalid and repeated serial. */
export function analyzeSerials(text: string): SerialAnalysis {
  const entries = splitSerialList(text);
  const invalid: InvalidSerial[] = [];
  const rewritten: { raw: string; serial: string }[] = [];
  const counts = new Map<Hex, { serial: string; packed: Hex; times: number }>();
  for (const entry of entries) {
    const result = normalizeSerial(entry);
    if (!result.ok) {
      invalid.push(result);
      continue;
    }
    const typed = entry.trim();
    if (typed !== result.serial) rewritten.push({ raw: typed, serial: result.serial });
    const seen = counts.get(result.packed);
    if (seen) seen.times++;
    else counts.set(result.packed, { serial: result.serial, packed: result.packed, times: 1 });
  }
  const sorted = [...counts.values()].sort((a, b) => compareSerials(a.packed, b.packed));
  return {
    entries: entries.length,
    invalid,
    rewritten,
    duplicates: sorted.filter((s) => s.times > 1).map(({ serial, times }) => ({ serial, times })),
    sorted: sorted.map(({ serial, packed }) => ({ serial, packed })),
  };
}

const listed = (items: string[], max = 3) =>
  items.length > max ? `${items.slice(0, max).join("; ")}; and ${items.length - max} more` : items.join("; ");

/** The first problem of a list, in plain words, or undefined when the list can be sent. */
export function serialListProblem(analysis: SerialAnalysis): string | undefined {
  if (analysis.entries === 0) return "Paste or upload the serial numbers, one per GPU.";
  if (analysis.invalid.length > 0) {
    const what = analysis.invalid.map((s) => `“${s.raw}” ${s.problem}`);
    const count =
      analysis.invalid.length === 1 ? "1 serial number is" : `${analysis.invalid.length} serial numbers are`;
    return `${count} not valid: ${listed(what)}. ${SERIAL_RULE}`;
  }
  if (analysis.duplicates.length > 0) {
    const what = analysis.duplicates.map((d) => `${d.serial} (${d.times} times)`);
    return `Duplicate serial numbers: ${listed(what)}. Each GPU has its own serial number; remove the repeats (compared in the form that is sent: upper case, without spaces, - . / _ or leading zeros).`;
  }
  return undefined;
}

export type CsvSerials = { ok: true; serials: string[] } | { ok: false; problem: string };

const SERIAL_HEADER = /serial/i;

/**
 * The serial numbers in a CSV file: the column headed "serial" (or "Serial number", "serial_no", ...) when the first
 * row names one, otherwise a single-column file's every cell. Blank cells are skipped; valid serials come back
 * normalised, invalid ones as written so the form can point at them.
 */
export function serialsFromCsv(text: string): CsvSerials {
  const rows = parseCsv(text).filter((row) => row.some((cell) => !isBlank(cell)));
  if (rows.length === 0) return { ok: false, problem: "The file has no serial numbers." };
  const column = rows[0].findIndex((cell) => SERIAL_HEADER.test(cell));
  let cells: string[];
  if (column >= 0) {
    cells = rows.slice(1).map((row) => row[column] ?? "");
  } else if (rows.every((row) => row.filter((cell) => !isBlank(cell)).length <= 1)) {
    cells = rows.map((row) => row.find((cell) => !isBlank(cell)) ?? "");
  } else {
    return {
      ok: false,
      problem:
        "The file has several columns and none is headed “serial”. Name the serial-number column “serial” in the first row, or upload a single column.",
    };
  }
  const serials = cells
    .filter((cell) => !isBlank(cell))
    .map((cell) => {
      const result = normalizeSerial(cell);
      return result.ok ? result.serial : cell;
    });
  if (serials.length === 0) return { ok: false, problem: "The file has no serial numbers." };
  return { ok: true, serials };
}
