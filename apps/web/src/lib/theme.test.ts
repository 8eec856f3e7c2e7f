import { describe, expect, it } from "vitest";
import {
  nextThemeChoice,
  parseThemeChoice,
  resolveTheme,
  THEME_CHOICES,
  THEME_INIT_SCRIPT,
  THEME_STORAGE_KEY,
  type ThemeChoice,
} from "./theme";

describe("theme", () => {
  it("reads a saved choice, anything else as system", () => {
    expect(parseThemeChoice("dark")).toBe("dark");
    expect(parseThemeChoice("light")).toBe("light");
    expect(parseThemeChoice("system")).toBe("system");
    expect(parseThemeChoice(null)).toBe("system");
    expect(parseThemeChoice("DARK")).toBe("system");
  });

  it("resolves system to the system's preference and keeps an explicit choice", () => {
    expect(resolveTheme("system", true)).toBe("dark");
    expect(resolveTheme("system", false)).toBe("light");
    expect(resolveTheme("light", true)).toBe("light");
    expect(resolveTheme("dark", false)).toBe("dark");
  });

  it("cycles system, light, dark", () => {
    expect(nextThemeChoice("system")).toBe("light");
    expect(nextThemeChoice("light")).toBe("dark");
    expect(nextThemeChoice("dark")).toBe("system");
  });

  // The head script runs before React: it must agree with parseThemeChoice + resolveTheme for every saved value.
  it.each([
    [null, false],
    [null, true],
    ["light", true],
    ["dark", false],
    ["system", true],
    ["junk", false],
  ])("the head script sets the same theme (saved %s, system dark %s)", (saved, systemDark) => {
    const storage = new Map<string, string>(saved === null ? [] : [[THEME_STORAGE_KEY, saved]]);
    const documentElement = { dataset: {} as Record<string, string> };
    new Function("localStorage", "matchMedia", "document", THEME_INIT_SCRIPT)(
      { getItem: (key: string) => storage.get(key) ?? null },
      (query: string) => ({ matches: query === "(prefers-color-scheme: dark)" && systemDark }),
      { documentElement },
    );
    expect(documentElement.dataset.theme).toBe(resolveTheme(parseThemeChoice(saved), systemDark));
    expect(THEME_CHOICES).toContain(parseThemeChoice(saved) as ThemeChoice);
  });

  it("falls back to light when storage is unavailable", () => {
    const documentElement = { dataset: {} as Record<string, string> };
    new Function("localStorage", "matchMedia", "document", THEME_INIT_SCRIPT)(
      {
        getItem: () => {
          throw new Error("blocked");
        },
      },
      () => ({ matches: true }),
      { documentElement },
    );
    expect(documentElement.dataset.theme).toBe("light");
  });
});
