/** Times on chain are unix seconds; dates in forms are calendar days read as 00:00 UTC. */
export const DAY = 86_400;
export const YEAR = 365 * DAY;

const DATE_INPUT = /^(\d{4})-(\d{2})-(\d{2})$/;

/** An `<input type="date">` value ("YYYY-MM-DD") as unix seconds at 00:00 UTC, or undefined if it is no real date. */
export function dateInputToSeconds(value: string): number | undefined {
  const match = DATE_INPUT.exec(value.trim());
  if (!match) return undefined;
  const [year, month, day] = match.slice(1).map(Number);
  const ms = Date.UTC(year, month - 1, day);
  const date = new Date(ms);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return undefined;
  }
  return ms / 1000;
}

/** Unix seconds as an `<input type="date">` value (the UTC calendar day). */
export function secondsToDateInput(seconds: number): string {
  return new Date(seconds * 1000).toISOString().slice(0, 10);
}
