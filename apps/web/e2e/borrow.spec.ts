import type { Page } from "@playwright/test";
import { formatDate } from "../src/lib/format";
import { ACCOUNTS, advanceTime, chain, connectWith, expect, test, walletRequests, withChainSnapshot } from "./fixtures";
import { chainDateInput, commitmentOf, DAY, dateInput, titlesOf, USD } from "./titles";

const E2E_WALLET = "test.aid.e2e-wallet";

/** Fills every field but the serials and the count with valid values. */
async function fillListing(page: Page) {
  await page.getByLabel("GPU model").selectOption({ label: "H100" });
  await page.getByLabel("Data centre", { exact: true }).fill("  Equinix SV5  ");
  await page.getByLabel("Tier").selectOption({ label: "Tier III" });
  await page.getByLabel("Purchase price").fill("1200000");
  await page.getByLabel("Purchase date").fill(dateInput(-90));
  await page.getByLabel("Insurer").fill("Lloyd's Syndicate 2623");
  await page.getByLabel("Policy id").fill("E2E-POL-17");
  await page.getByLabel("Coverage").fill("1250000.50");
  await page.getByLabel("Policy expiry").fill(dateInput(365));
}

test.describe("List GPUs as collateral", () => {
  test.use({ wallet: { account: ACCOUNTS.lister } });

  test("lists a batch through the form with a CSV of serials; the title appears Pending", async ({ page }) => {
    const account = ACCOUNTS.lister;
    await page.goto("/borrow");
    await connectWith(page, E2E_WALLET);
    await expect(page.getByTestId("my-titles-empty")).toBeVisible();
    expect(await titlesOf(account)).toHaveLength(0);

    await fillListing(page);
    const csv =
      "slot,Serial number,model\n1,e2e-h100-0003,H100\n2, e2e-h100-0001 ,H100\n3,E2E-H100-0010,H100\n4,0e2e.h100.0002,H100\n";
    await page.getByLabel("Or upload a CSV file").setInputFiles({
      name: "gpus.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(csv),
    });
    await expect(page.getByTestId("serials-csv-note")).toHaveText("Loaded 4 serial numbers from gpus.csv.");
    await expect(page.getByLabel("Number of GPUs")).toHaveValue("4");

    // In the registry's one canonical form (upper case, no separators or leading zeros) and sorted before anything is
    // sent, with the commitment the contract computes.
    const serials = ["E2EH1000001", "E2EH1000002", "E2EH1000003", "E2EH1000010"];
    await expect(page.getByTestId("serials-sorted").getByRole("listitem")).toHaveText(serials);
    await expect(page.getByTestId("serials-preview")).toContainText("matches the GPU count");
    const commitment = await commitmentOf(serials);
    await expect(page.getByTestId("serials-commitment")).toHaveText(commitment);

    await page.getByRole("button", { name: "List GPUs" }).click();
    await expect(page.getByTestId("list-status")).toHaveAttribute("data-status", "confirmed", { timeout: 60_000 });

    const [title] = await titlesOf(account);
    expect(title).toMatchObject({
      owner: account,
      status: 1,
      modelName: "H100",
      gpuCount: 4,
      serialsCommitment: commitment,
      dataCenter: "Equinix SV5",
      dataCenterTier: 3,
      purchasePrice: 1_200_000n * USD,
      insurance: {
        insurer: "Lloyd's Syndicate 2623",
        policyId: "E2E-POL-17",
        coverage: 1_250_000n * USD + USD / 2n,
        expiry: Date.parse(dateInput(365)) / 1000,
      },
      insuranceVerified: false,
      appraisedValue: 0n,
    });
    expect(title.purchaseDate).toBe(Date.parse(dateInput(-90)) / 1000);

    const card = page.getByTestId(`title-${title.id}`);
    await expect(card.getByTestId(`status-${title.id}`)).toHaveText("Pending");
    await expect(card).toContainText(`Title #${title.id} · 4 × H100`);
    await expect(card.getByTestId(`appraisal-${title.id}`)).toHaveText("Awaiting appraisal");
    await expect(card).toContainText("Covers $1,250,000.5");
    await expect(card.getByTestId(`certificate-${title.id}`)).toHaveAttribute("src", /^data:image\/svg\+xml;base64,/);
    await expect(page.getByLabel("Serial numbers")).toHaveValue("");

    // A serial already in a live title passes the form, but the simulation refuses it and the reason is shown.
    const sentBefore = (await walletRequests(page)).filter((m) => m === "eth_sendTransaction").length;
    await fillListing(page);
    await page.getByLabel("Number of GPUs").fill("2");
    await page.getByLabel("Serial numbers").fill("e2e-h100-0002\nE2E-H100-0099");
    await page.getByRole("button", { name: "List GPUs" }).click();
    const status = page.getByTestId("list-status");
    await expect(status).toHaveAttribute("data-status", "failed");
    await expect(status).toContainText(
      `Serial number “E2EH1000002” is already in title #${title.id}: a GPU can be in only one live title.`,
    );
    expect((await walletRequests(page)).filter((m) => m === "eth_sendTransaction").length).toBe(sentBefore);
    expect(await titlesOf(account)).toHaveLength(1);
  });
});

test.describe("List GPUs: bad input", () => {
  test.use({ wallet: { account: ACCOUNTS.listingBadInput } });

  test("each bad input shows its message and nothing is sent", async ({ page }) => {
    const account = ACCOUNTS.listingBadInput;
    await page.goto("/borrow");
    await connectWith(page, E2E_WALLET);
    await expect(page.getByTestId("my-titles-empty")).toBeVisible();
    const nonceBefore = await chain.getTransactionCount({ address: account });

    // Nothing filled in: every field says what it needs.
    const submit = page.getByRole("button", { name: "List GPUs" });
    await submit.click();
    for (const message of [
      "Choose a GPU model.",
      "Enter the number of GPUs.",
      "Paste or upload the serial numbers, one per GPU.",
      "Enter the data centre.",
      "Choose the data centre's tier (I to IV).",
      "Enter the purchase date.",
      "Enter the insurer.",
      "Enter the policy's expiry date.",
    ]) {
      await expect(page.getByRole("alert").filter({ hasText: message })).toBeVisible();
    }

    await fillListing(page);
    const count = page.getByLabel("Number of GPUs");
    const serials = page.getByLabel("Serial numbers");
    const cases: { fill: () => Promise<void>; field: string; message: string }[] = [
      {
        fill: async () => {
          await count.fill("3");
          await serials.fill("GPU-A1\ngpu-a1\nGPU-A2");
        },
        field: "Serial numbers",
        message:
          "Duplicate serial numbers: GPUA1 (2 times). Each GPU has its own serial number; remove the repeats (compared in the form that is sent: upper case, without spaces, - . / _ or leading zeros).",
      },
      {
        fill: async () => {
          await count.fill("4");
          await serials.fill("GPU-A1, GPU-A2, GPU-A3");
        },
        field: "Serial numbers",
        message: "You entered 4 GPUs but 3 serial numbers. The GPU count must equal the number of serial numbers.",
      },
      {
        fill: async () => {
          await count.fill("3");
          await serials.fill("GPU-A1\nGPU*A2\nGPU#A3");
        },
        field: "Serial numbers",
        message:
          "2 serial numbers are not valid: “GPU*A2” contains “*”; “GPU#A3” contains “#”. Use the letters and digits of the serial number, at most 32 once spaces, - . / _ and leading zeros are removed (they are removed and letters upper-cased for you).",
      },
      {
        fill: async () => {
          await serials.fill("GPU-A1\nGPU-A2\nGPU-A3");
          await page.getByLabel("Policy expiry").fill(dateInput(-1));
        },
        field: "Policy expiry",
        message: "This policy has expired (or expires today): enter a policy that is in force.",
      },
      {
        fill: async () => {
          await page.getByLabel("Policy expiry").fill(dateInput(365));
          await page.getByLabel("Purchase date").fill(await chainDateInput(1));
        },
        field: "Purchase date",
        message: "The purchase date cannot be in the future.",
      },
      {
        fill: async () => {
          await page.getByLabel("Purchase date").fill(dateInput(-90));
          await page.getByLabel("Data centre", { exact: true }).fill("DC <main>");
        },
        field: "Data centre",
        message: 'The data centre cannot contain “<”: " \\ < > and & are not allowed.',
      },
    ];
    for (const { fill, field, message } of cases) {
      await fill();
      await submit.click();
      await expect(page.getByRole("alert").filter({ hasText: message })).toBeVisible();
      await expect(page.getByLabel(field, { exact: true })).toHaveAttribute("aria-invalid", "true");
    }

    // A CSV file that names no serial column is explained and leaves the list as it was.
    await page.getByLabel("Or upload a CSV file").setInputFiles({
      name: "inventory.csv",
      mimeType: "text/csv",
      buffer: Buffer.from("slot,id\n1,GPU-9\n"),
    });
    await expect(page.getByTestId("serials-csv-note")).toHaveText(
      "inventory.csv: The file has several columns and none is headed “serial”. Name the serial-number column “serial” in the first row, or upload a single column.",
    );
    await expect(serials).toHaveValue("GPU-A1\nGPU-A2\nGPU-A3");

    await expect(page.getByTestId("list-status")).toHaveCount(0);
    expect(await walletRequests(page)).not.toContain("eth_sendTransaction");
    expect(await chain.getTransactionCount({ address: account })).toBe(nonceBefore);
    expect(await titlesOf(account)).toHaveLength(0);
  });
});

test.describe("One clock", () => {
  test.use({ wallet: { account: ACCOUNTS.timeTraveller } });

  test("the listing form's date checks use the chain's clock, and follow it after a time jump", async ({ page }) => {
    await withChainSnapshot(async () => {
      await page.goto("/borrow");
      await connectWith(page, E2E_WALLET);
      const { timestamp } = await chain.getBlock();
      const today = page.getByTestId("list-chain-today");
      await expect(today).toHaveText(`Today is ${formatDate(timestamp)} by the chain's clock`);
      const purchase = page.getByLabel("Purchase date");
      const submit = page.getByRole("button", { name: "List GPUs" });
      // The form stays invalid (no serial numbers), so nothing is ever sent; only the purchase date's check is read.
      const purchaseError = page.getByRole("alert").filter({ hasText: "The purchase date cannot be in the future." });

      // Ten days after the browser's today is still before the chain's today (the seeded chain runs 33 days ahead).
      expect(Date.parse(dateInput(10)) / 1000).toBeLessThan(Number(timestamp));
      await purchase.fill(dateInput(10));
      await submit.click();
      await expect(page.getByRole("alert").first()).toBeVisible();
      await expect(purchase).not.toHaveAttribute("aria-invalid", "true");
      await expect(purchaseError).toHaveCount(0);

      // The chain's tomorrow is in the future...
      const tomorrow = await chainDateInput(1);
      await purchase.fill(tomorrow);
      await submit.click();
      await expect(purchaseError).toBeVisible();

      // ...until the chain's clock moves two days on: the form follows it without a reload.
      await advanceTime(2 * DAY);
      const { timestamp: later } = await chain.getBlock();
      await expect(today).toHaveText(`Today is ${formatDate(later)} by the chain's clock`, {
        timeout: 30_000,
      });
      await submit.click();
      await expect(purchaseError).toHaveCount(0);
      await expect(purchase).not.toHaveAttribute("aria-invalid", "true");
      expect(await walletRequests(page)).not.toContain("eth_sendTransaction");
    });
  });
});
