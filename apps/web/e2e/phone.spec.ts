import { connectWith, expect, test } from "./fixtures";
import { SCREENS } from "./measure";

/** A phone held upright (the width of an iPhone 12 to 15). */
const PHONE = { width: 390, height: 844 };

test.describe("Phone width", () => {
  for (const screen of SCREENS) {
    test.describe(() => {
      test.use({ wallet: { account: screen.account }, viewport: PHONE });

      test(`${screen.name}: fits the screen's width, with its data, header and wallet`, async ({ page }) => {
        await page.goto(screen.path);
        await connectWith(page, "test.aid.e2e-wallet");
        await screen.loaded(page);
        await page.waitForLoadState("networkidle");
        // Nothing makes the page scroll sideways (wide tables scroll inside their own box).
        const overflow = await page.evaluate(() => {
          const width = document.documentElement.clientWidth;
          const wide = [...document.querySelectorAll("body *")]
            .filter((element) => {
              const box = element.getBoundingClientRect();
              if (box.width === 0 || box.right <= width + 1) return false;
              // Inside a box that scrolls horizontally, overflow is that box's own business.
              for (let parent = element.parentElement; parent; parent = parent.parentElement) {
                if (["auto", "scroll"].includes(getComputedStyle(parent).overflowX)) return false;
              }
              return true;
            })
            .map((element) => `${element.tagName.toLowerCase()} "${(element.textContent ?? "").trim().slice(0, 40)}"`);
          return { scrollWidth: document.documentElement.scrollWidth, width, wide: wide.slice(0, 5) };
        });
        expect(overflow.wide, `${screen.path}: elements wider than the screen`).toEqual([]);
        expect(overflow.scrollWidth).toBeLessThanOrEqual(overflow.width);
        await expect(page.getByRole("heading", { level: 1 })).toBeInViewport();
        await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
        await expect(page.getByTestId("theme-toggle")).toBeVisible();
      });
    });
  }
});
