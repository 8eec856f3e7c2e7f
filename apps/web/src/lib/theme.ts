/** The colour theme: the user's choice (saved in localStorage) and the theme it resolves to. */
export type ThemeChoice = "system" | "light" | "dark";
export type Theme = "light" | "dark";

export const THEME_STORAGE_KEY = "aid-theme";
export const THEME_CHOICES: readonly ThemeChoice[] = ["system", "light", "dark"];

/** A saved value read back as a choice ("system" for anything else, e.g. nothing saved). */
export function parseThemeChoice(saved: string | null | undefined): ThemeChoice {
  return saved === "light" || saved === "dark" ? saved : "system";
}

export function resolveTheme(choice: ThemeChoice, systemPrefersDark: boolean): Theme {
  if (choice === "system") return systemPrefersDark ? "dark" : "light";
  return choice;
}

/** The choice after `choice` in the toggle's cycle: system, light, dark, system… */
export function nextThemeChoice(choice: ThemeChoice): ThemeChoice {
  return THEME_CHOICES[(THEME_CHOICES.indexOf(choice) + 1) % THEME_CHOICES.length];
}

/**
 * Run in the document's head before the first paint (no flash of the wrong theme): sets `data-theme` on <html> from
 * the saved choice or the system's preference. Kept in step with `parseThemeChoice` and `resolveTheme` by a test.
 */
export const THEME_INIT_SCRIPT = `(function(){try{var c=localStorage.getItem(${JSON.stringify(THEME_STORAGE_KEY)});if(c!=="light"&&c!=="dark")c=matchMedia("(prefers-color-scheme: dark)").matches?"dark":"light";document.documentElement.dataset.theme=c}catch(e){document.documentElement.dataset.theme="light"}})()`;
