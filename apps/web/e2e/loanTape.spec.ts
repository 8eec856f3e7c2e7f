import { readFileSync } from "node:fs";
import { formatUnits } from "viem";
import { parseCsv } from "../src/lib/csv";
import { formatAmount } from "../src/lib/format";
import { loanStatusLabel } from "../src/lib/loans";
import { TAPE_CSV_HEADER } from "../src/lib/loanTape";
import { ACCOUNTS, chain, expect, loanManager, readLoan, test } from "./fixtures";
import { registry } from "./titles";

test.describe("Transparency: loan tape", () => {
  test.use({ wallet: { account: ACCOUNTS.observer } });

  test("export the loan tape", async ({ page }) => {
    await page.goto("/transparency");
    const tape = page.getByTestId("loan-tape");
    await expect(tape).toHaveAttribute("data-ready", "true");
    await expect(page.getByTestId("loan-tape-source")).toContainText("LoanManager");
    await expect(page.getByTestId("loan-tape-source")).toContainText("GPUTitleRegistry");

    const loanCount = await chain.readContract({ ...loanManager, functionName: "loanCount" });
    expect(loanCount).toBeGreaterThanOrEqual(5n); // the seeded loans, and any a test before this one opened
    await expect(tape.locator('tr[data-testid^="tape-"]')).toHaveCount(Number(loanCount));

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByTestId("loan-tape-download").click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^aid-loan-tape-block-\d+\.csv$/);
    const [header, ...rows] = parseCsv(readFileSync((await download.path()) as string, "utf8"));
    expect(header).toEqual([...TAPE_CSV_HEADER]);
    expect(rows).toHaveLength(Number(loanCount));

    for (const [index, row] of rows.entries()) {
      const id = BigInt(index + 1);
      const loan = await readLoan(id);
      const title = await chain.readContract({ ...registry, functionName: "title", args: [loan.titleId] });
      expect(row[0]).toBe(id.toString());
      expect(row[1]).toBe(loan.borrower);
      expect(row[2]).toBe(loan.titleId.toString());
      expect(row[3]).toBe(title.modelName);
      expect(row[4]).toBe(title.gpuCount.toString());
      expect(row[5]).toBe(title.dataCenter);
      expect(row[6]).toBe(formatUnits(title.appraisedValue, 18));
      expect(row[11]).toBe(formatUnits(loan.principal, 18));
      expect(row[12]).toBe(formatUnits(loan.aprBps, 2));
      expect(row[14]).toBe(loanStatusLabel(loan.status));
      // The table shows the same loan.
      await expect(page.getByTestId(`tape-${id}-status`)).toHaveText(loanStatusLabel(loan.status));
      await expect(page.getByTestId(`tape-${id}-principal`)).toHaveText(`${formatAmount(loan.principal, 18, 2)} AID`);
    }
    // The seeded book: 1 and 5 performing, 2 late, 3 in auction, 4 repaid.
    expect(rows.slice(0, 5).map((r) => r[14])).toEqual(["Active", "Active", "In auction", "Repaid", "Active"]);
    expect(Number(rows[1][15])).toBeGreaterThan(0); // loan 2's days past due
  });

  test("fits a phone's width, the table scrolling sideways", async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto("/transparency");
    await expect(page.getByTestId("loan-tape")).toHaveAttribute("data-ready", "true");
    const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(pageWidth).toBeLessThanOrEqual(375);
    await expect(page.getByTestId("loan-tape-download")).toBeVisible();
  });
});
