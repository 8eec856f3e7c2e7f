import { keccak256, stringToHex } from "viem";
import { ACCOUNTS, chain, confirmReview, connectWith, expect, test } from "./fixtures";
import { dateInput, listTitle, readTitle, registry, USD } from "./titles";

const E2E_WALLET = "test.aid.e2e-wallet";
const holder = ACCOUNTS.titleHolder;

/**
 * The appraisal round trip between two accounts: a borrower (account 19) whose listings the appraiser (account 0,
 * which holds APPRAISER_ROLE on the local chain) appraises or rejects. Serial: each step builds on the last.
 */
test.describe
  .serial("Appraisal round trip", () => {
    let appraisedId: bigint;
    let rejectedId: bigint;

    test.beforeAll(async () => {
      appraisedId = await listTitle(holder, ["E2EAPR0002", "E2EAPR0001", "E2EAPR0003"], "E2E DC Appraise");
      rejectedId = await listTitle(holder, ["E2EREJ0001"], "E2E DC Reject");
    });

    test.describe("a borrower", () => {
      test.use({ wallet: { account: holder } });

      test("does not see the appraiser console", async ({ page }) => {
        await page.goto("/borrow");
        await connectWith(page, E2E_WALLET);
        await expect(page.getByTestId(`status-${appraisedId}`)).toHaveText("Pending");
        const nav = page.getByRole("navigation", { name: "Main" });
        await expect(nav.getByRole("link", { name: "Borrow" })).toBeVisible();
        await expect(nav.getByRole("link", { name: "Appraise" })).toHaveCount(0);

        await page.goto("/appraise");
        await expect(page.getByTestId("not-appraiser")).toContainText("does not hold the appraiser role");
        await expect(page.getByRole("button", { name: "Record appraisal" })).toHaveCount(0);
        await expect(page.getByTestId("pending-listings")).toHaveCount(0);
      });
    });

    test.describe("the appraiser", () => {
      test.use({ wallet: { account: ACCOUNTS.dev } });

      test("appraises one listing, verifying its insurance, and rejects the other with a reason", async ({ page }) => {
        await page.goto("/mint");
        await connectWith(page, E2E_WALLET);
        await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Appraise" }).click();
        await expect(page).toHaveURL(/\/appraise$/);

        const listing = page.getByTestId(`listing-${appraisedId}`);
        await expect(listing).toContainText(`Title #${appraisedId} · 3 × H200`);
        await expect(listing).toContainText(holder);
        await expect(listing).toContainText("E2E DC Appraise");
        await expect(listing).toContainText("E2E Mutual · policy E2E-POL-1");
        await expect(listing).toContainText("Covers $500,000");
        const serials = listing.getByTestId(`listing-serials-${appraisedId}`);
        await expect(serials.getByRole("listitem")).toHaveText(["E2EAPR0001", "E2EAPR0002", "E2EAPR0003"]);
        await expect(serials).toContainText("match the commitment on record");

        // Nothing is sent until the form is complete: the insurance check is required.
        const form = listing.getByTestId(`appraise-form-${appraisedId}`);
        await form.getByLabel("Appraised value").fill("900000");
        await form.getByLabel("Valid until (UTC)").fill(dateInput(180));
        const reference = "E2E appraisal report 2026-19";
        await form.getByLabel("Report reference").fill(`  ${reference} `);
        await expect(form.getByTestId(`appraise-${appraisedId}-hash`)).toHaveText(keccak256(stringToHex(reference)));
        await form.getByRole("button", { name: "Record appraisal" }).click();
        await expect(form.getByRole("alert")).toHaveText(
          "Confirm you checked the insurance policy: recording the appraisal marks it verified.",
        );
        expect((await readTitle(appraisedId)).status).toBe(1);

        await form.getByRole("checkbox").check();
        await form.getByRole("button", { name: "Record appraisal" }).click();
        await expect(page.getByTestId("console-notice")).toContainText(
          `Title #${appraisedId} appraised at $900,000, valid until`,
          { timeout: 60_000 },
        );
        await expect(listing).toHaveCount(0);
        const appraised = await readTitle(appraisedId);
        expect(appraised).toMatchObject({
          status: 2,
          appraisedValue: 900_000n * USD,
          appraisalValidUntil: Date.parse(dateInput(180)) / 1000,
          reportHash: keccak256(stringToHex(reference)),
          insuranceVerified: true,
          insuranceVerifiedUntil: appraised.insurance.expiry,
        });

        const other = page.getByTestId(`listing-${rejectedId}`);
        await other.getByRole("button", { name: "Reject listing" }).click();
        await expect(other.getByRole("alert")).toHaveText("Choose the reason for the rejection.");
        await other.getByLabel("Reason").selectOption({ label: "Custody could not be verified" });
        await other.getByRole("button", { name: "Reject listing" }).click();
        await confirmReview(page, ["Custody could not be verified", "can never be appraised", "$"]);
        await expect(page.getByTestId("console-notice")).toHaveText(
          `Title #${rejectedId} rejected: custody could not be verified.`,
          { timeout: 60_000 },
        );
        await expect(other).toHaveCount(0);
        expect(await readTitle(rejectedId)).toMatchObject({ status: 3, rejectionReason: 2 });
      });
    });

    test.describe("the borrower again", () => {
      test.use({ wallet: { account: holder } });

      test("sees Appraised with a current value, renews insurance, redeems and cancels, withdraws the rejected", async ({
        page,
      }) => {
        await page.goto("/borrow");
        await connectWith(page, E2E_WALLET);

        const card = page.getByTestId(`title-${appraisedId}`);
        await expect(card.getByTestId(`status-${appraisedId}`)).toHaveText("Appraised");
        await expect(card.getByTestId(`appraisal-${appraisedId}`)).toContainText("$900,000");
        const value = await chain.readContract({ ...registry, functionName: "currentValue", args: [appraisedId] });
        expect(value).toBeGreaterThan(899_000n * USD);
        await expect(card.getByTestId(`current-value-${appraisedId}`)).toContainText(/\$(899,9\d\d|900,000)/);
        await expect(card.getByTestId(`current-value-${appraisedId}`)).toContainText("depreciating 20% a year");
        await expect(card.getByTestId(`insurance-${appraisedId}`)).toContainText("Verified until");

        // The rejected listing shows its reason; the owner withdraws it, which burns it.
        const rejected = page.getByTestId(`title-${rejectedId}`);
        await expect(rejected.getByTestId(`status-${rejectedId}`)).toHaveText("Rejected");
        await expect(rejected.getByTestId(`appraisal-${rejectedId}`)).toHaveText(
          "Rejected: Custody could not be verified",
        );
        await rejected.getByRole("button", { name: "Withdraw", exact: true }).click();
        await rejected.getByRole("button", { name: `Withdraw title #${rejectedId}` }).click();
        await expect(page.getByTestId("my-titles-notice")).toHaveText(
          `Title #${rejectedId} withdrawn: it is burned and its serial numbers are free.`,
          { timeout: 60_000 },
        );
        await expect(rejected).toHaveCount(0);
        expect((await readTitle(rejectedId)).status).toBe(8);

        // A renewed policy waits for the appraiser's verification.
        await card.getByRole("button", { name: "Update insurance" }).click();
        const renewal = card.getByTestId(`insurance-form-${appraisedId}`);
        await renewal.getByLabel("Insurer").fill("Chubb");
        await renewal.getByLabel("Policy id").fill("CH-E2E-2027");
        await renewal.getByLabel("Coverage").fill("750000");
        await renewal.getByLabel("Policy expiry (UTC)").fill(dateInput(500));
        await renewal.getByRole("button", { name: "Record new policy" }).click();
        await expect(card.getByTestId(`insurance-${appraisedId}`)).toContainText("Renewal awaiting verification", {
          timeout: 60_000,
        });
        expect(await readTitle(appraisedId)).toMatchObject({
          insurance: { insurer: "Chubb", policyId: "CH-E2E-2027", coverage: 750_000n * USD },
          insuranceVerified: false,
        });

        await card.getByRole("button", { name: "Request redemption" }).click();
        await expect(card.getByTestId(`status-${appraisedId}`)).toHaveText("Redemption requested", { timeout: 60_000 });
        expect((await readTitle(appraisedId)).status).toBe(6);
        await card.getByRole("button", { name: "Cancel redemption" }).click();
        await expect(card.getByTestId(`status-${appraisedId}`)).toHaveText("Appraised", { timeout: 60_000 });
        expect((await readTitle(appraisedId)).status).toBe(2);
      });
    });

    test.describe("the appraiser again", () => {
      test.use({ wallet: { account: ACCOUNTS.dev } });

      test("verifies the renewed insurance", async ({ page }) => {
        await page.goto("/appraise");
        await connectWith(page, E2E_WALLET);
        const row = page.getByTestId(`renewal-${appraisedId}`);
        await expect(row).toContainText("New policy: Chubb · policy CH-E2E-2027 · covers $750,000");
        await row.getByRole("button", { name: "Verify insurance" }).click();
        await confirmReview(page, ["Chubb · CH-E2E-2027", "$750,000", "Verified cover until"]);
        await expect(page.getByTestId("console-notice")).toContainText(
          `Insurance of title #${appraisedId} verified until`,
          {
            timeout: 60_000,
          },
        );
        await expect(row).toHaveCount(0);
        const title = await readTitle(appraisedId);
        expect(title.insuranceVerified).toBe(true);
        expect(title.insuranceVerifiedUntil).toBe(title.insurance.expiry);
      });
    });
  });
