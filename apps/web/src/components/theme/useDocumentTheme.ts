"use client";

import { useSyncExternalStore } from "react";
import type { Theme } from "@/lib/theme";

function subscribe(onChange: () => void) {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ["data-theme"] });
  return () => observer.disconnect();
}

const read = (): Theme => (document.documentElement.dataset.theme === "dark" ? "dark" : "light");

/** The theme the page shows now (the `data-theme` of <html>), for what CSS cannot theme (RainbowKit's dialogs). */
export function useDocumentTheme(): Theme {
  return useSyncExternalStore(subscribe, read, () => "light");
}
