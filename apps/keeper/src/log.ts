export type Level = "debug" | "info" | "warn" | "error";
export type Fields = Record<string, unknown>;
export type Logger = (level: Level, event: string, fields?: Fields) => void;

/** One JSON object a line on stdout: `{"time","level","event",...fields}`; bigints as decimal strings. */
export function jsonLogger(write: (line: string) => void = (line) => process.stdout.write(line)): Logger {
  return (level, event, fields = {}) => {
    const line = JSON.stringify({ time: new Date().toISOString(), level, event, ...fields }, (_key, value) =>
      typeof value === "bigint" ? value.toString() : value,
    );
    write(`${line}\n`);
  };
}

export const silentLogger: Logger = () => {};
