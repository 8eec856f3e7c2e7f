// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IGPUTitleRegistry} from "../../../src/interfaces/IGPUTitleRegistry.sol";
import {ILoans} from "../../../src/interfaces/ILoans.sol";
import {Defaults} from "../../utils/Defaults.sol";
import {LoanBase_Test} from "../../utils/LoanBase.t.sol";
import {LoanDefaults as L} from "../../utils/LoanDefaults.sol";

/// @notice bid, closeAuction and claimSurplus: the auction's price line, the waterfall, the loss and the claims.
contract LoanManager_Auction_Unit_Test is LoanBase_Test {
    uint256 internal loanId;
    uint256 internal titleId;
    uint256 internal basis;
    uint256 internal start;

    function setUp() public override {
        super.setUp();
        loanId = _borrow();
        titleId = loans.loan(loanId).titleId;
        _liquidated(loanId);
        ILoans.LoanView memory v = loans.loan(loanId);
        basis = v.auctionBasis;
        start = v.auctionStart;
    }

    function _divUp(uint256 a, uint256 b) internal pure returns (uint256) {
        return a == 0 ? 0 : (a - 1) / b + 1;
    }

    /*//////////////////////////////////////////////////////////////
                                 PRICE
    //////////////////////////////////////////////////////////////*/

    function test_AuctionPrice_StartMiddleFloorAfterEnd() public {
        assertEq(loans.auctionPrice(loanId), _divUp(basis * 12_000, L.BPS), "start: 120%");
        _warpTo(start + L.AUCTION / 2);
        assertEq(loans.auctionPrice(loanId), _divUp(basis * 7500, L.BPS), "middle: 75%");
        _warpTo(start + L.AUCTION);
        assertEq(loans.auctionPrice(loanId), _divUp(basis * 3000, L.BPS), "end: the 30% floor");
        _warpTo(start + L.AUCTION + 1);
        assertEq(loans.auctionPrice(loanId), 0, "after the end: no price");
        (ILoans.LoanView[] memory live,) = loans.liveAuctions(0, 10);
        assertEq(live.length, 0, "no longer live");
    }

    function test_Bid_AtTheFloor() public {
        _warpTo(start + L.AUCTION);
        uint256 price = _bid(bidder, loanId);
        assertEq(price, _divUp(basis * 3000, L.BPS));
    }

    /// @dev The sale deletes the auction's word (a storage refund); the loan keeps its other fields.
    function test_Bid_ClearsTheAuctionRecord() public {
        ILoans.LoanView memory before = loans.loan(loanId);
        _bid(bidder, loanId);
        ILoans.LoanView memory v = loans.loan(loanId);
        assertEq(uint8(v.status), uint8(ILoans.LoanStatus.Sold));
        assertEq(v.auctionStart, 0);
        assertEq(v.auctionEnd, 0);
        assertEq(v.auctionBasis, 0);
        assertEq(v.auctionPrice, 0);
        assertEq(loans.auctionPrice(loanId), 0);
        assertEq(v.borrower, before.borrower);
        assertEq(v.titleId, before.titleId);
        assertEq(v.originalPrincipal, before.originalPrincipal);
        assertEq(v.openedAt, before.openedAt);
        assertGt(v.surplusClaimable, 0);
    }

    function test_RevertWhen_BidAfterTheEnd() public {
        _warpTo(start + L.AUCTION + 1);
        _fundAid(bidder, basis);
        vm.expectRevert(abi.encodeWithSelector(ILoans.AuctionEnded.selector, loanId, start + L.AUCTION));
        vm.prank(bidder);
        loans.bid(loanId);
    }

    /*//////////////////////////////////////////////////////////////
                                WATERFALL
    //////////////////////////////////////////////////////////////*/

    function test_Bid_SplitsProceedsWithSurplus() public {
        ILoans.LoanView memory v = loans.loan(loanId);
        uint256 debt = v.payoff;
        uint256 inBook = loans.bookValue();
        uint256 price = loans.auctionPrice(loanId);
        uint256 fee = _divUp(debt * L.LIQUIDATION_FEE_BPS, L.BPS);
        uint256 income = debt - inBook;
        uint256 surplus = price - debt - fee;
        uint256 fundBefore = _fund();
        uint256 idleBefore = vault.vaultState().idleAssets;
        uint256 assetsBefore = vault.totalAssets();
        uint256 reserved = loans.managerState().reservedCover;
        assertEq(vault.impairment(), inBook - reserved, "impaired at the liquidation");

        _fundAid(bidder, price);
        vm.expectEmit(address(loans));
        emit ILoans.AuctionSettled(loanId, bidder, price, income, fee, surplus, 0, 0);
        vm.prank(bidder);
        loans.bid(loanId);

        assertEq(registry.ownerOf(titleId), bidder, "title to the bidder");
        assertEq(uint8(registry.statusOf(titleId)), uint8(IGPUTitleRegistry.Status.Appraised));
        assertEq(uint8(_status(loanId)), uint8(ILoans.LoanStatus.Sold));
        assertEq(_fund() - fundBefore, fee, "liquidation fee to the insurance fund");
        assertEq(loans.loan(loanId).surplusClaimable, surplus, "surplus kept for the borrower");
        assertEq(loans.managerState().surplusOutstanding, surplus);
        assertEq(vault.vaultState().idleAssets, idleBefore + reserved, "the cover the impairment counted on");
        assertEq(
            vault.vaultState().unvestedIncome,
            inBook - reserved + income,
            "the recovery, penalty and late interest vest"
        );
        assertEq(vault.totalAssets(), assetsBefore, "no jump: the rest vests");
        assertEq(vault.impairment(), 0, "the sale replaced the estimate");
        assertEq(loans.bookValue(), 0);
        _warpTo(block.timestamp + Defaults.VESTING);
        assertEq(vault.totalAssets(), assetsBefore + inBook - reserved + income, "vested to every holder");
        assertEq(aid.balanceOf(address(loans)), _fund() + surplus, "fund and surplus held apart");
    }

    function test_Bid_ShortfallCoveredByInsuranceFund() public {
        // A donation to the loan manager tops up the insurance fund.
        _fundAid(eve, 500_000e18);
        vm.prank(eve);
        aid.transfer(address(loans), 500_000e18);
        _warpTo(start + L.AUCTION);
        uint256 price = loans.auctionPrice(loanId);
        uint256 inBook = loans.bookValue();
        uint256 fundBefore = _fund();
        uint256 sharePrice = _sharePrice();

        _fundAid(bidder, price);
        vm.expectEmit(address(loans));
        emit ILoans.AuctionSettled(loanId, bidder, price, 0, 0, 0, inBook - price, 0);
        vm.prank(bidder);
        loans.bid(loanId);

        assertEq(fundBefore - _fund(), inBook - price, "the fund pays the shortfall");
        assertGe(_sharePrice(), sharePrice, "no loss for stakers");
    }

    /// @dev The shortfall beyond the fund was recognised at the liquidation (setUp): exits were priced net of it from
    /// then on, queued ones included. The sale replaces the estimate: what it recovers vests; the price never falls.
    function test_Bid_ShortfallBeyondFundIsARecognisedLoss() public {
        uint256 requestId = _request(alice, 100_000e18);
        _warpTo(start + L.AUCTION);
        uint256 price = loans.auctionPrice(loanId);
        uint256 inBook = loans.bookValue();
        uint256 fund = _fund();
        uint256 loss = inBook - price - fund;
        uint256 assetsBefore = vault.totalAssets();
        uint256 queuedBefore = vault.getRequest(requestId).assets;
        uint256 sharePrice = _sharePrice();
        assertEq(vault.impairment(), inBook - fund, "the worst case, net of the fund, counted since the default");

        _fundAid(bidder, price);
        vm.expectEmit(address(loans));
        emit ILoans.AuctionSettled(loanId, bidder, price, 0, 0, 0, fund, loss);
        vm.prank(bidder);
        loans.bid(loanId);

        assertEq(_fund(), 0, "fund exhausted first");
        assertEq(vault.totalAssets(), assetsBefore, "no jump at the sale");
        assertEq(vault.impairment(), 0);
        assertGe(_sharePrice(), sharePrice, "the share price does not fall at the sale");
        assertGe(vault.getRequest(requestId).assets, queuedBefore, "the queued exit bore the loss since the default");
        _warpTo(block.timestamp + Defaults.VESTING);
        assertEq(vault.totalAssets(), assetsBefore + price, "the price recovered vests");
    }

    function test_RevertWhen_BidOnActiveLoan() public {
        uint256 other = _borrow(frank, L.PRINCIPAL);
        vm.expectRevert(abi.encodeWithSelector(ILoans.InvalidLoanStatus.selector, other, ILoans.LoanStatus.Active));
        loans.bid(other);
    }

    function test_RevertWhen_BidTwice() public {
        _bid(bidder, loanId);
        vm.expectRevert(abi.encodeWithSelector(ILoans.InvalidLoanStatus.selector, loanId, ILoans.LoanStatus.Sold));
        loans.bid(loanId);
    }

    function test_Bid_WhilePaused() public {
        vm.prank(guardian);
        vault.pause(true, true);
        _bid(bidder, loanId);
        assertEq(uint8(_status(loanId)), uint8(ILoans.LoanStatus.Sold), "auctions never paused");
    }

    /*//////////////////////////////////////////////////////////////
                              CLOSE AUCTION
    //////////////////////////////////////////////////////////////*/

    function test_CloseAuction_NoBidWritesOff() public {
        _warpTo(start + L.AUCTION + 1);
        uint256 inBook = loans.bookValue();
        uint256 fund = _fund();
        uint256 assetsBefore = vault.totalAssets();
        assertEq(vault.impairment(), inBook - fund, "the loss was counted at the default");

        vm.expectEmit(address(loans));
        emit ILoans.LoanWrittenOff(loanId, recovery, fund, inBook - fund);
        vm.prank(eve);
        loans.closeAuction(loanId);

        assertEq(registry.ownerOf(titleId), recovery, "title to the recovery address");
        assertEq(uint8(_status(loanId)), uint8(ILoans.LoanStatus.WrittenOff));
        assertEq(loans.bookValue(), 0);
        assertEq(_fund(), 0);
        assertEq(vault.totalAssets(), assetsBefore, "no further loss: it was recognised at the default");
        assertEq(vault.impairment(), 0);
    }

    function test_CloseAuction_FullyCoveredByFund() public {
        _fundAid(bidder, 2_000_000e18);
        vm.prank(bidder);
        aid.transfer(address(loans), 2_000_000e18);
        _warpTo(start + L.AUCTION + 1);
        uint256 sharePrice = _sharePrice();
        loans.closeAuction(loanId);
        assertGe(_sharePrice(), sharePrice, "no loss");
    }

    function test_RevertWhen_CloseAuctionBeforeTheEnd() public {
        _warpTo(start + L.AUCTION);
        vm.expectRevert(abi.encodeWithSelector(ILoans.AuctionNotEnded.selector, loanId, start + L.AUCTION));
        loans.closeAuction(loanId);
    }

    function test_RevertWhen_CloseAuctionNotLiquidating() public {
        _bid(bidder, loanId);
        _warpTo(start + L.AUCTION + 1);
        vm.expectRevert(abi.encodeWithSelector(ILoans.InvalidLoanStatus.selector, loanId, ILoans.LoanStatus.Sold));
        loans.closeAuction(loanId);
    }

    /*//////////////////////////////////////////////////////////////
                              CLAIM SURPLUS
    //////////////////////////////////////////////////////////////*/

    function test_ClaimSurplus_ToAnyReceiver() public {
        _bid(bidder, loanId);
        uint256 surplus = loans.loan(loanId).surplusClaimable;
        assertGt(surplus, 0);
        uint256 fund = _fund();
        vm.expectEmit(address(loans));
        emit ILoans.SurplusClaimed(loanId, borrower, dave, surplus);
        vm.prank(borrower);
        uint256 amount = loans.claimSurplus(loanId, dave);
        assertEq(amount, surplus);
        assertEq(aid.balanceOf(dave), surplus);
        assertEq(_fund(), fund, "the fund is untouched");
        assertEq(loans.loan(loanId).surplusClaimable, 0);
        assertEq(loans.managerState().surplusOutstanding, 0);
        assertEq(loans.loan(loanId).originalPrincipal, L.PRINCIPAL, "history kept");
    }

    function test_RevertWhen_ClaimTwice() public {
        _bid(bidder, loanId);
        vm.prank(borrower);
        loans.claimSurplus(loanId, borrower);
        vm.expectRevert(abi.encodeWithSelector(ILoans.NothingToClaim.selector, loanId));
        vm.prank(borrower);
        loans.claimSurplus(loanId, borrower);
    }

    /// @dev The buyer borrows against the title it bought before the borrower claims: the surplus stays the
    /// borrower's, and the buyer, now the title's pledgor, cannot take it.
    function test_ClaimSurplus_AfterTheBuyerPledgesTheTitle() public {
        _bid(bidder, loanId);
        uint256 surplus = loans.loan(loanId).surplusClaimable;
        vm.prank(bidder);
        uint256 buyersLoan = loans.openLoan(titleId, L.MIN_PRINCIPAL, bidder);
        assertEq(loans.loan(buyersLoan).borrower, bidder);
        assertEq(loans.loan(loanId).borrower, borrower, "the sold loan keeps its borrower");

        vm.expectRevert(abi.encodeWithSelector(ILoans.NotBorrower.selector, loanId, bidder, borrower));
        vm.prank(bidder);
        loans.claimSurplus(loanId, bidder);
        vm.prank(borrower);
        assertEq(loans.claimSurplus(loanId, borrower), surplus);
    }

    function test_RevertWhen_ClaimByAnotherAccount() public {
        _bid(bidder, loanId);
        vm.expectRevert(abi.encodeWithSelector(ILoans.NotBorrower.selector, loanId, eve, borrower));
        vm.prank(eve);
        loans.claimSurplus(loanId, eve);
    }

    function test_RevertWhen_ClaimToInvalidReceiver() public {
        _bid(bidder, loanId);
        vm.startPrank(borrower);
        vm.expectRevert(abi.encodeWithSelector(ILoans.InvalidReceiver.selector, address(0)));
        loans.claimSurplus(loanId, address(0));
        vm.expectRevert(abi.encodeWithSelector(ILoans.InvalidReceiver.selector, address(loans)));
        loans.claimSurplus(loanId, address(loans));
        vm.stopPrank();
    }

    function test_RevertWhen_ClaimWithoutSale() public {
        vm.expectRevert(abi.encodeWithSelector(ILoans.NothingToClaim.selector, loanId));
        vm.prank(borrower);
        loans.claimSurplus(loanId, borrower);
    }

    function test_RevertWhen_ClaimAfterShortfall() public {
        _warpTo(start + L.AUCTION);
        _bid(bidder, loanId);
        vm.expectRevert(abi.encodeWithSelector(ILoans.NothingToClaim.selector, loanId));
        vm.prank(borrower);
        loans.claimSurplus(loanId, borrower);
    }
}
