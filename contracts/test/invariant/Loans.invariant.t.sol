// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IGPUTitleRegistry} from "../../src/interfaces/IGPUTitleRegistry.sol";
import {ILoans} from "../../src/interfaces/ILoans.sol";
import {IStakedAID} from "../../src/interfaces/IStakedAID.sol";
import {LoanBase_Test} from "../utils/LoanBase.t.sol";
import {LoanDefaults as L} from "../utils/LoanDefaults.sol";
import {LoanHandler} from "./handlers/LoanHandler.sol";
import {console} from "forge-std/console.sol";

/// @notice The lending promises (issue 5; SECURITY.md section 5, items 18-27), checked after random sequences of
/// stakes, exits, listings, re-appraisals, loans, payments of every kind, defaults, bids, write-offs, claims, pauses
/// and time passing, by three stakers, three borrowers and two bidders. Each invariant walks every loan and title,
/// so the run count is halved from the profile's default.
/// forge-config: default.invariant.runs = 32
contract Loans_Invariant_Test is LoanBase_Test {
    LoanHandler internal handler;

    function setUp() public override {
        super.setUp();
        address[] memory stakers = new address[](3);
        stakers[0] = alice;
        stakers[1] = bob;
        stakers[2] = carol;
        address[] memory borrowers = new address[](3);
        borrowers[0] = borrower;
        borrowers[1] = frank;
        borrowers[2] = dave;
        address[] memory bidders = new address[](2);
        bidders[0] = bidder;
        bidders[1] = eve;
        handler = new LoanHandler(loans, minter, appraiser, guardian, stakers, borrowers, bidders);
        vm.label(address(handler), "LoanHandler");

        bytes4[] memory selectors = new bytes4[](23);
        selectors[0] = LoanHandler.stake.selector;
        selectors[1] = LoanHandler.requestExit.selector;
        selectors[2] = LoanHandler.processExits.selector;
        selectors[3] = LoanHandler.listTitle.selector;
        selectors[4] = LoanHandler.listTitle.selector; // weighted: titles feed the loans
        selectors[5] = LoanHandler.reappraise.selector;
        selectors[6] = LoanHandler.openLoan.selector;
        selectors[7] = LoanHandler.openLoan.selector;
        selectors[8] = LoanHandler.openLoan.selector;
        selectors[9] = LoanHandler.payScheduled.selector;
        selectors[10] = LoanHandler.repay.selector;
        selectors[11] = LoanHandler.payOff.selector;
        selectors[12] = LoanHandler.redeemDuringAuction.selector;
        selectors[13] = LoanHandler.liquidate.selector;
        selectors[14] = LoanHandler.liquidate.selector;
        selectors[15] = LoanHandler.bid.selector;
        selectors[16] = LoanHandler.closeAuction.selector;
        selectors[17] = LoanHandler.claimSurplus.selector;
        selectors[18] = LoanHandler.warp.selector;
        selectors[19] = LoanHandler.pauseBorrowing.selector;
        selectors[20] = LoanHandler.refreshBook.selector;
        selectors[21] = LoanHandler.passTitle.selector;
        selectors[22] = LoanHandler.donate.selector;
        targetSelector(FuzzSelector({addr: address(handler), selectors: selectors}));
        targetContract(address(handler));
    }

    /// @dev What the book counts for one loan: principal plus the vault's share of interest from paidThrough until
    /// its deadline (or its default, if liquidated earlier), at the rate its terms give. Computed here from the
    /// loan's public fields, independently of the loan manager's aggregates.
    function _counted(ILoans.LoanView memory v) internal view returns (uint256) {
        uint256 rate = v.principal * v.aprBps * (L.BPS - v.protocolShareBps) / (L.BPS * L.BPS * L.YEAR);
        uint256 deadline = (v.openedAt / 1 days + 1) * 1 days + (v.installmentsPaid + 1) * L.PERIOD + L.GRACE;
        uint256 until = v.status == ILoans.LoanStatus.Liquidating ? v.auctionStart : block.timestamp;
        if (deadline < until) until = deadline;
        return v.principal + (until > v.paidThrough ? rate * (until - v.paidThrough) : 0);
    }

    /// @dev Every loan names the account that opened it, whoever pledged its title since (titles pass between
    /// borrowers and from auction buyers): the borrower is the title's pledgor in the loan's epoch.
    function invariant_EveryLoanNamesItsBorrower() public view {
        uint256 count = loans.loanCount();
        for (uint256 id = 1; id <= count; ++id) {
            assertEq(loans.loan(id).borrower, handler.ghostBorrower(id), "borrower");
        }
    }

    /// @dev sAID's total assets (the exit price) are its idle AID plus the book less the impairment, and the book is
    /// exactly the sum over open loans of principal and counted interest. The vault reads the exact book even when its
    /// cached checkpoint has gone stale (finding 6).
    function invariant_TotalAssetsAreIdlePlusOpenLoans() public view {
        uint256 sum;
        uint256 count = loans.loanCount();
        for (uint256 id = 1; id <= count; ++id) {
            ILoans.LoanView memory v = loans.loan(id);
            if (v.status == ILoans.LoanStatus.Active || v.status == ILoans.LoanStatus.Liquidating) sum += _counted(v);
        }
        assertEq(loans.bookValue(), sum, "book = sum of open loans' principal and counted interest");
        IStakedAID.VaultState memory s = vault.vaultState();
        assertEq(s.totalAssets, s.idleAssets + s.bookValue - s.impairment, "idle + book - impairment");
        assertEq(s.bookValue, sum, "the vault prices at the exact book, whatever its cache");
    }

    /// @dev The aggregate rate is the sum of the performing loans' rates, and it stops at the earliest deadline.
    function invariant_RateIsSumOfPerformingLoans() public view {
        uint256 rate;
        uint256 earliest = type(uint256).max;
        uint256 count = loans.loanCount();
        for (uint256 id = 1; id <= count; ++id) {
            ILoans.LoanView memory v = loans.loan(id);
            if (v.status != ILoans.LoanStatus.Active || v.deadline <= block.timestamp || v.bookRate == 0) continue;
            rate += v.bookRate;
            if (v.deadline < earliest) earliest = v.deadline;
        }
        (, uint256 ratePerSecond, uint256 accrualEnd) = loans.bookCheckpoint();
        assertEq(ratePerSecond, rate, "rate");
        if (rate != 0) assertEq(accrualEnd, earliest, "accrual ends at the earliest deadline");
        else assertEq(accrualEnd, block.timestamp, "no performing loans");
    }

    /// @dev Principal outstanding is the sum over Active loans; no open loan has zero principal or collateral.
    function invariant_PrincipalOutstanding() public view {
        uint256 sum;
        uint256 count = loans.loanCount();
        for (uint256 id = 1; id <= count; ++id) {
            ILoans.LoanView memory v = loans.loan(id);
            if (v.status == ILoans.LoanStatus.Active) {
                sum += v.principal;
                assertGt(v.principal, 0, "an active loan owes principal");
            }
        }
        (, uint256 principalOut,) = loans.insuranceFund();
        assertEq(principalOut, sum);
    }

    /// @dev Every title is with its owner, escrowed for exactly one open loan, in exactly one auction, or burned.
    function invariant_EveryTitleInExactlyOnePlace() public view {
        uint256 last = registry.lastTitleId();
        uint256 count = loans.loanCount();
        uint256 escrowed;
        for (uint256 titleId = 1; titleId <= last; ++titleId) {
            IGPUTitleRegistry.Status status = registry.statusOf(titleId);
            uint256 active;
            uint256 liquidating;
            for (uint256 id = 1; id <= count; ++id) {
                ILoans.LoanView memory v = loans.loan(id);
                if (v.titleId != titleId) continue;
                if (v.status == ILoans.LoanStatus.Active) active++;
                if (v.status == ILoans.LoanStatus.Liquidating) liquidating++;
            }
            if (status == IGPUTitleRegistry.Status.Pledged) {
                assertEq(registry.ownerOf(titleId), address(loans), "pledged: in escrow");
                assertEq(active, 1, "pledged: exactly one active loan");
                assertEq(liquidating, 0);
                escrowed++;
            } else if (status == IGPUTitleRegistry.Status.Liquidating) {
                assertEq(registry.ownerOf(titleId), address(loans), "liquidating: in escrow");
                assertEq(liquidating, 1, "liquidating: exactly one auction");
                assertEq(active, 0);
                escrowed++;
            } else if (status == IGPUTitleRegistry.Status.Redeemed || status == IGPUTitleRegistry.Status.Withdrawn) {
                assertEq(active + liquidating, 0, "burned: no loan");
            } else {
                assertTrue(registry.ownerOf(titleId) != address(loans), "free: with its owner");
                assertEq(active + liquidating, 0, "free: no open loan");
            }
        }
        assertEq(registry.balanceOf(address(loans)), escrowed, "the escrow holds exactly the open loans' titles");
    }

    /// @dev Lending never creates or destroys AID, and the reserve still backs every AID 1:1.
    function invariant_LendingNeverMintsAndReserveBacksAid() public view {
        assertEq(handler.ghostSupplyChanges(), 0, "AID supply moved during a loan-manager call");
        _assertBacked();
    }

    /// @dev The loan manager's AID is the insurance fund plus the borrowers' unclaimed surpluses, exactly.
    function invariant_InsuranceFundAndSurplusesHeldApart() public view {
        uint256 surpluses;
        uint256 count = loans.loanCount();
        for (uint256 id = 1; id <= count; ++id) {
            surpluses += loans.loan(id).surplusClaimable;
        }
        ILoans.ManagerState memory s = loans.managerState();
        assertEq(s.surplusOutstanding, surpluses, "surpluses");
        assertEq(aid.balanceOf(address(loans)), s.insuranceFund + surpluses, "fund + surpluses");
    }

    /// @dev Fairness under loss (finding 1): the exit price falls only when a loan is liquidated, by at most its
    /// impairment (the loss becomes known on chain then), and a settlement never realises more loss than the
    /// impairment counted. So no holder, queued or not, is filled above the price that counts every loss known at the
    /// time of the fill: whoever exits after a default bears its share, and nobody bears another's.
    function invariant_NoHolderEscapesAKnownLoss() public view {
        assertEq(handler.ghostPriceDrops(), 0, "the exit price fell without a default");
        assertEq(handler.ghostDropsAboveLoss(), 0, "assets fell by more than the impairment");
        assertEq(handler.ghostLossAboveEstimate(), 0, "a settlement realised more than the impairment");
    }

    /// @dev The impairment is exactly the sum of the liquidated loans' expected shortfalls: none without a liquidated
    /// loan, never more than what those loans hold in the book.
    function invariant_ImpairmentCoversOnlyLiquidatedLoans() public view {
        uint256 inBook;
        uint256 count = loans.loanCount();
        for (uint256 id = 1; id <= count; ++id) {
            ILoans.LoanView memory v = loans.loan(id);
            if (v.status == ILoans.LoanStatus.Liquidating) inBook += _counted(v);
        }
        ILoans.ManagerState memory m = loans.managerState();
        assertEq(m.impairment + m.reservedCover, inBook, "shortfall + cover = what liquidated loans hold");
        assertEq(vault.impairment(), m.impairment, "the vault reads the loan manager's");
        assertLe(m.reservedCover, m.insuranceFund, "cover set aside never exceeds the fund");
    }

    /// @dev Finding 2: after a fill or a loan, an eligible request is never left waiting while idle AID could fill it
    /// (beyond one share's worth of dust): the head is filled as far as idle AID allows, and new loans never take it.
    function invariant_HeadFilledAsFarAsIdleAllows() public view {
        assertEq(handler.ghostHeadWaitingWithIdle(), 0, "an eligible request waited while AID sat idle");
    }

    /// @dev Finding 3: whatever anyone donates to the silo, a deposit is worth what it paid at the deposit price, less
    /// at most one share's worth of rounding, and it never lowers the exit price of those already in.
    function invariant_DonationNeverCostsADepositorMoreThanDust() public view {
        assertEq(handler.ghostDepositorShortfalls(), 0, "a depositor lost more than dust");
    }

    function afterInvariant() public view {
        string[18] memory names = [
            "openLoan",
            "payScheduled",
            "repay",
            "payOff",
            "redeemDuringAuction",
            "liquidate",
            "bid",
            "closeAuction",
            "claimSurplus",
            "reappraise",
            "listTitle",
            "stake",
            "requestExit",
            "processExits",
            "warp",
            "pauseBorrowing",
            "passTitle",
            "donate"
        ];
        for (uint256 i; i < names.length; ++i) {
            console.log(names[i], handler.calls(names[i]), handler.skips(names[i]));
        }
        console.log("losses", handler.ghostLosses());
        console.log("loans on a title another account pledged before", handler.ghostLoansFromAnotherPledgor());
    }
}
