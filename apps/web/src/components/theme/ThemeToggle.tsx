"use client";

import { useEffect, useState } from "react";
import { nextThemeChoice, parseThemeChoice, resolveTheme, THEME_STORAGE_KEY, type ThemeChoice } from "@/lib/theme";

const DARK_QUERY = "(prefers-color-scheme: dark)";
const labels: Record<ThemeChoice, { text: string; icon: string }> = {
  system: { text: "System", icon: "◐" },
  light: { text: "Light", icon: "☀" },
  dark: { text: "Dark", icon: "☾" },
};

function apply(choice: ThemeChoice) {
  document.documentElement.dataset.theme = resolveTheme(choice, matchMedia(DARK_QUERY).matches);
}

/** The header's theme switch: system, light, dark (saved in this browser). */
export function ThemeToggle() {
  // Until mounted the saved choice is unknown (the server renders "system"); the head script already applied it.
  const [choice, setChoice] = useState<ThemeChoice | undefined>(undefined);
  useEffect(() => {
    setChoice(parseThemeChoice(localStorage.getItem(THEME_STORAGE_KEY)));
  }, []);
  useEffect(() => {
    if (choice !== "system") return;
    const media = matchMedia(DARK_QUERY);
    const follow = () => apply("system");
    media.addEventListener("change", follow);
    return () => media.removeEventListener("change", follow);
  }, [choice]);

  const current = choice ?? "system";
  const change = () => {
    const next = nextThemeChoice(current);
    try {
      if (next === "system") localStorage.removeItem(THEME_STORAGE_KEY);
      else localStorage.setItem(THEME_STORAGE_KEY, next);
    } catch {
      // Storage blocked: the choice lasts for this page only.
    }
    apply(next);
    setChoice(next);
  };
  const label = labels[current];
  return (
    <button
      type="button"
      onClick={change}
      data-testid="theme-toggle"
      data-choice={current}
      aria-label={`Theme: ${label.text}. Change theme`}
      title="Change theme (system, light, dark)"
      className="rounded-lg px-2 py-2 text-sm text-slate-600 hover:bg-slate-100 hover:text-slate-900"
    >
      <span aria-hidden="true">{label.icon}</span> {label.text}
    </button>
  );
}
