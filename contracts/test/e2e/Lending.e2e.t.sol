// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IGPUTitleRegistry} from "../../src/interfaces/IGPUTitleRegistry.sol";
import {ILoans} from "../../src/interfaces/ILoans.sol";
import {LoanBase_Test} from "../utils/LoanBase.t.sol";
import {LoanDefaults as L} from "../utils/LoanDefaults.sol";

/// @notice One story, end to end, on the real contracts: savers stake, a borrower lists GPUs, the appraiser appraises,
/// the borrower borrows, pays on time, pays late, then defaults; the title is auctioned and bought. At each step the
/// sAID share price moves as the design says: flat when a loan opens, up by the counted interest as time passes, no
/// jump on a payment, late fees vesting over 8 hours, flat past a missed deadline, flat at liquidation, up as the
/// auction's income vests; and a second default sold below its debt is covered by the insurance fund first, the rest
/// a loss every holder bears at once, queued exits included.
contract Lending_E2E_Test is LoanBase_Test {
    uint256 internal loanId;
    uint256 internal titleId;
    uint256 internal price;
    uint256 internal amount;
    uint256 internal fund;
    uint256 internal assets;

    function test_E2E_StakeBorrowRepayDefaultAuction() public {
        // 1. Savers have staked 2.7 million AID (setUp). Dave stakes too.
        _stake(dave, 100_000e18);
        price = _sharePrice();
        assertApproxEqAbs(price, 1e18, 1, "one AID a share");

        // 2. The borrower lists eight H100s; the appraiser values them at $2,000,000.
        vm.prank(borrower);
        titleId = registry.submit(_input());
        assertEq(uint8(registry.statusOf(titleId)), uint8(IGPUTitleRegistry.Status.Pending));
        vm.prank(appraiser);
        registry.appraise(titleId, L.TITLE_VALUE, uint40(block.timestamp + 365 days - 1), keccak256("appraisal"));
        vm.prank(borrower);
        registry.approve(address(loans), titleId);

        // 3. Borrows 1,000,000 AID: the share price does not move; 1% goes to the insurance fund.
        vm.prank(borrower);
        loanId = loans.openLoan(titleId, L.PRINCIPAL, borrower);
        assertEq(_sharePrice(), price, "opening a loan moves nothing");
        assertEq(_fund(), 10_000e18, "origination fee");

        // 4. Fifteen days pass: the share price rises by the interest counted for sAID, without a transaction.
        uint256 rate = loans.loan(loanId).bookRate;
        assets = vault.totalAssets();
        _skip(15 days);
        assertEq(vault.totalAssets(), assets + rate * 15 days, "accrued per second");
        assertGt(_sharePrice(), price, "price up");
        price = _sharePrice();

        // 5. Pays the first installment on its due date: no jump (the interest was already counted).
        uint256 due1 = L.FIRST_ANCHOR + L.PERIOD;
        _warpTo(due1);
        price = _sharePrice();
        (amount,) = loans.nextPayment(loanId);
        _repay(borrower, loanId, amount);
        assertGe(_sharePrice(), price, "never down on a payment");
        assertApproxEqAbs(_sharePrice(), price, 1e6, "no jump: rounding dust only");
        assertEq(loans.loan(loanId).installmentsPaid, 1);

        // 6. Pays the second installment three days late: the penalty vests over 8 hours.
        uint256 due2 = due1 + L.PERIOD;
        _warpTo(due2 + 3 days);
        assertTrue(loans.loan(loanId).late, "late");
        price = _sharePrice();
        (amount,) = loans.nextPayment(loanId);
        _repay(borrower, loanId, amount);
        uint256 vesting = vault.vaultState().unvestedIncome;
        assertGt(vesting, 0, "penalty vesting");
        assertApproxEqAbs(_sharePrice(), price, 1e6, "no jump at the payment");
        _skip(8 hours);
        assertGt(_sharePrice(), price, "penalty vested into the price");
        assertEq(loans.loan(loanId).installmentsPaid, 2, "current again");

        // 7. Misses the third payment: past its deadline the book stops counting this loan, by itself.
        uint256 deadline = loans.loan(loanId).deadline;
        _warpTo(deadline);
        vault.refreshBook();
        price = _sharePrice();
        _warpTo(deadline + 2 days);
        vault.refreshBook();
        assertEq(_sharePrice(), price, "no interest counted after a missed deadline");

        // 8. Anyone liquidates: the debt is fixed and the auction opens at 120% of the title's value. Exits are priced
        // at once net of the worst case (no bid), less the insurance cover set aside for it.
        vm.prank(eve);
        loans.liquidate(loanId);
        uint256 impaired = vault.impairment();
        assertGt(impaired, 0, "impaired at the default");
        assertApproxEqRel(price - _sharePrice(), impaired * 1e18 / vault.totalSupply(), 1e12, "by the estimate");
        uint256 impairedPrice = _sharePrice();
        ILoans.LoanView memory v = loans.loan(loanId);
        assertEq(uint8(v.defaultReason), 0);
        assertEq(uint8(v.status), uint8(ILoans.LoanStatus.Liquidating));
        assertEq(v.auctionPrice, (v.auctionBasis * 12_000 - 1) / L.BPS + 1);

        // 9. A bidder buys after 20 hours: sAID gets its book back at once and the penalty as vesting income; the
        // insurance fund takes the 5% fee; the borrower can claim the surplus.
        _skip(20 hours);
        fund = _fund();
        uint256 paid = _bid(bidder, loanId);
        assertEq(registry.ownerOf(titleId), bidder, "title to the bidder");
        assertGe(_sharePrice(), impairedPrice, "no drop at the sale");
        assertEq(vault.impairment(), 0, "the sale replaced the estimate");
        assertGt(_fund(), fund, "liquidation fee");
        uint256 surplus = loans.loan(loanId).surplusClaimable;
        assertGt(surplus, 0, "surplus");
        assertLt(surplus, paid);
        _skip(8 hours);
        assertGt(_sharePrice(), price, "the recovery, late interest and penalty vested: no loss");
        uint256 before = aid.balanceOf(borrower);
        vm.prank(borrower);
        loans.claimSurplus(loanId, borrower);
        assertEq(aid.balanceOf(borrower) - before, surplus, "claimed");

        _secondDefaultBelowDebt();
    }

    function _secondDefaultBelowDebt() internal {
        // 10. Frank borrows against a title re-appraised far lower; nobody pays enough: the insurance fund covers
        // what it can, the rest is a loss that lowers the price for every holder, queued exits included.
        uint256 second = _borrow(frank, 1_200_000e18);
        uint256 requestId = _request(alice, 100_000e18);
        uint256 secondTitle = loans.loan(second).titleId;
        vm.prank(appraiser);
        registry.appraise(secondTitle, 800_000e18, uint40(block.timestamp + 30 days), keccak256("re-appraisal"));
        price = _sharePrice();
        uint256 queued = vault.getRequest(requestId).assets;
        uint256 inBook = loans.bookValue();
        fund = _fund();
        assets = vault.totalAssets();
        loans.liquidate(second);
        assertEq(uint8(loans.loan(second).defaultReason), 0);
        // The worst case is counted at the default: exits from now on are paid net of it.
        assertEq(assets - vault.totalAssets(), inBook - fund, "the shortfall beyond the fund, at once");
        assertApproxEqRel(
            price - _sharePrice(), (inBook - fund) * 1e18 / vault.totalSupply(), 1e12, "by the loss per share"
        );
        assertLt(vault.getRequest(requestId).assets, queued, "the queued exit bears it too");
        _warpTo(block.timestamp + L.AUCTION + 1);
        price = _sharePrice();
        assets = vault.totalAssets();
        loans.closeAuction(second);
        assertEq(_fund(), 0, "the insurance fund pays first");
        assertEq(vault.totalAssets(), assets, "the write-off was already counted");
        assertEq(vault.impairment(), 0);
        assertEq(registry.ownerOf(loans.loan(second).titleId), recovery, "unsold title to recovery");

        _assertBacked();
        assertEq(loans.bookValue(), 0);
    }
}
