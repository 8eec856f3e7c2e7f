import type { Page } from "@playwright/test";

export type ContrastFailure = { text: string; color: string; background: string; ratio: number; required: number };

/**
 * WCAG 2 contrast of every visible piece of text on the page against the background it is drawn on (the element's
 * and its ancestors' background colours, composited). Colours are read through a canvas, so any CSS colour syntax
 * (Tailwind 4 uses oklch) becomes the sRGB the screen shows. Disabled controls and aria-hidden text are exempt, as
 * in WCAG 1.4.3; large text (24px, or 18.66px bold) needs 3:1, other text 4.5:1.
 */
export async function contrastFailures(page: Page): Promise<ContrastFailure[]> {
  // Measure resting colours: nothing hovered, every colour transition finished.
  await page.mouse.move(0, 0);
  return page.evaluate(async () => {
    await Promise.all(document.getAnimations().map((animation) => animation.finished.catch(() => undefined)));
    const canvas = document.createElement("canvas");
    canvas.width = 1;
    canvas.height = 1;
    const ctx = canvas.getContext("2d", { willReadFrequently: true }) as CanvasRenderingContext2D;
    const rgba = (css: string): [number, number, number, number] => {
      ctx.clearRect(0, 0, 1, 1);
      ctx.fillStyle = "#000";
      ctx.fillStyle = css;
      ctx.fillRect(0, 0, 1, 1);
      const [r, g, b, a] = ctx.getImageData(0, 0, 1, 1).data;
      return [r, g, b, a / 255];
    };
    const over = (top: number[], bottom: number[]) => [0, 1, 2].map((i) => top[i] * top[3] + bottom[i] * (1 - top[3]));
    const background = (element: Element): number[] => {
      const layers: number[][] = [];
      for (let node: Element | null = element; node; node = node.parentElement) {
        const color = rgba(getComputedStyle(node).backgroundColor);
        if (color[3] > 0) layers.push(color);
        if (color[3] >= 1) break;
      }
      let result = [255, 255, 255];
      for (const layer of layers.reverse()) result = over(layer, result);
      return result;
    };
    const luminance = (rgb: number[]) => {
      const [r, g, b] = rgb.map((v) => {
        const c = v / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const failures: ContrastFailure[] = [];
    const seen = new Set<Element>();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement;
      if (!element || seen.has(element) || !node.textContent?.trim()) continue;
      seen.add(element);
      if (element.closest("[aria-hidden='true'], script, style, noscript, title")) continue;
      if (element.closest(":disabled")) continue;
      if (element.getClientRects().length === 0) continue;
      const style = getComputedStyle(element);
      if (style.visibility === "hidden" || Number(style.opacity) === 0) continue;
      const isSvg = element instanceof SVGElement;
      const bg = background(isSvg ? (element.closest("svg")?.parentElement ?? element) : element);
      const fg = over(rgba(isSvg ? style.fill : style.color), bg);
      const [light, dark] = [luminance(fg), luminance(bg)].sort((a, b) => b - a);
      const ratio = (light + 0.05) / (dark + 0.05);
      const size = Number.parseFloat(style.fontSize);
      const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
      const required = large ? 3 : 4.5;
      if (ratio < required - 0.005) {
        failures.push({
          text: (node.textContent ?? "").trim().slice(0, 60),
          color: `rgb(${fg.map(Math.round).join(",")})`,
          background: `rgb(${bg.map(Math.round).join(",")})`,
          ratio: Math.round(ratio * 100) / 100,
          required,
        });
      }
    }
    return failures;
  });
}
