import { contrastFailures } from "./contrast";
import { connectWith, expect, test } from "./fixtures";
import { SCREENS } from "./measure";

const background = (page: import("@playwright/test").Page) =>
  page.evaluate(() => getComputedStyle(document.body).backgroundColor);

test.describe("Themes", () => {
  test.describe("the system's dark preference", () => {
    test.use({ colorScheme: "dark", wallet: null });

    test("is followed with no saved choice, and the toggle cycles light, dark, system and is remembered", async ({
      page,
    }) => {
      await page.goto("/");
      await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
      const darkBody = await background(page);
      const toggle = page.getByTestId("theme-toggle");
      await expect(toggle).toHaveAttribute("data-choice", "system");

      await toggle.click();
      await expect(toggle).toHaveAttribute("data-choice", "light");
      await expect(page.locator("html")).toHaveAttribute("data-theme", "light");
      expect(await background(page)).not.toBe(darkBody);
      await page.reload();
      await expect(page.locator("html")).toHaveAttribute("data-theme", "light");
      await expect(toggle).toHaveAttribute("data-choice", "light");

      await toggle.click();
      await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
      await toggle.click();
      await expect(toggle).toHaveAttribute("data-choice", "system");
      await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
      expect(await page.evaluate(() => localStorage.getItem("aid-theme"))).toBeNull();
    });
  });

  for (const screen of SCREENS) {
    test.describe(() => {
      test.use({ wallet: { account: screen.account }, colorScheme: "light" });

      test(`${screen.name}: every text is readable in the light and the dark theme`, async ({ page }) => {
        await page.goto(screen.path);
        await connectWith(page, "test.aid.e2e-wallet");
        await screen.loaded(page);
        await page.waitForLoadState("networkidle");
        await expect(page.locator("html")).toHaveAttribute("data-theme", "light");
        expect(await contrastFailures(page), `${screen.path} in the light theme`).toEqual([]);

        await page.getByTestId("theme-toggle").click(); // system (light) -> light
        await page.getByTestId("theme-toggle").click(); // light -> dark
        await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
        expect(await contrastFailures(page), `${screen.path} in the dark theme`).toEqual([]);
      });
    });
  }
});
