// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ILoans} from "../../../src/interfaces/ILoans.sol";
import {IStakedAID} from "../../../src/interfaces/IStakedAID.sol";
import {Defaults} from "../../utils/Defaults.sol";
import {LoanBase_Test} from "../../utils/LoanBase.t.sol";
import {LoanDefaults as L} from "../../utils/LoanDefaults.sol";
import {Vm} from "forge-std/Vm.sol";

/// @notice Issue 12's findings 1, 2 and 8 against the real loan manager, each as the review showed it: an attacker
/// who knows of a loss (or wants the idle AID), and the holders it would have cost. Alice, Bob and Carol each stake
/// 900,000 AID; the borrower takes 1,000,000 AID against a $2 million title.
contract StakedAID_FairnessUnderLoss_Test is LoanBase_Test {
    uint256 internal loanId;

    function setUp() public override {
        super.setUp();
        loanId = _borrow();
    }

    /// @dev The value of `shares` if every holder bore `loss` pro rata out of `assets` for `supply` shares.
    function _fair(uint256 shares, uint256 assets, uint256 supply, uint256 loss) internal pure returns (uint256) {
        return shares * (assets - loss) / supply;
    }

    /*//////////////////////////////////////////////////////////////
                        FINDING 1: LOSS ESCAPE
    //////////////////////////////////////////////////////////////*/

    /// @dev The review's attack: Alice asks to exit when the loan is liquidated (the 3-day cooldown equals the
    /// 72-hour auction) and is filled one second before the write-off. She is filled net of the loss known since the
    /// default, so she bears exactly her share and Bob and Carol no more than theirs.
    function test_LossEscape_ExitRequestedAtDefaultBearsItsShare() public {
        _default(loanId);
        uint256 assets = vault.totalAssets();
        uint256 supply = vault.totalSupply();
        loans.liquidate(loanId);
        uint256 known = vault.impairment();
        assertGt(known, 0, "the loss is known at the default");

        uint256 aliceShares = vault.balanceOf(alice);
        _request(alice, aliceShares);
        _warpTo(loans.loan(loanId).auctionEnd); // one second before the auction can be closed
        vault.processRedemptions(10);
        uint256 alicePaid = _claim(alice, alice);
        _warpTo(block.timestamp + 1);
        loans.closeAuction(loanId);

        uint256 bobShares = vault.balanceOf(bob);
        assertLe(alicePaid, _fair(aliceShares, assets, supply, known) + 1, "attacker: no more than her share");
        assertGe(
            vault.convertToAssets(bobShares), _fair(bobShares, assets, supply, known) - 1, "victim: no more than his"
        );
        assertEq(vault.impairment(), 0);
    }

    /// @dev A request already eligible is processed just before a bid far below the debt: it is filled net of the
    /// worst case, so the lossy bid costs those who stay nothing beyond their share.
    function test_LossEscape_EligibleRequestFilledJustBeforeLossyBid() public {
        uint256 aliceShares = vault.balanceOf(alice);
        _request(alice, aliceShares);
        _default(loanId);
        uint256 assets = vault.totalAssets();
        uint256 supply = vault.totalSupply();
        loans.liquidate(loanId);
        _warpTo(loans.loan(loanId).auctionEnd); // the floor: 30% of the title's value, below the debt
        uint256 price = loans.auctionPrice(loanId);
        assertLt(price, loans.payoffAmount(loanId), "a lossy bid");

        vault.processRedemptions(10);
        uint256 alicePaid = _claim(alice, alice);
        vm.recordLogs();
        _bid(bidder, loanId);
        (, uint256 realised) = _settled();
        _warpTo(block.timestamp + Defaults.VESTING);

        uint256 bobShares = vault.balanceOf(bob);
        assertLe(alicePaid, _fair(aliceShares, assets, supply, realised) + 1, "attacker: no more than her share");
        assertGe(
            vault.convertToAssets(bobShares), _fair(bobShares, assets, supply, realised) - 1, "victim: no more than his"
        );
    }

    /// @dev What the impairment assumed beyond the sale's result comes back to holders, vesting: the exit price does
    /// not jump at the bid, so a deposit made just before it (at the full value) gains nothing from the recovery.
    function test_Recovery_AboveEstimateVestsAndCannotBeSandwiched() public {
        _default(loanId);
        loans.liquidate(loanId);
        uint256 impaired = vault.impairment();
        // Eve deposits just before a bid at the auction's opening price (a full recovery).
        uint256 eveShares = _stake(eve, 500_000e18);
        uint256 exitPrice = vault.convertToAssets(1e18);
        vm.recordLogs();
        _bid(bidder, loanId);
        (uint256 income,) = _settled();
        assertEq(vault.convertToAssets(1e18), exitPrice, "no jump at the sale");
        _warpTo(block.timestamp + Defaults.VESTING);
        uint256 supply = vault.totalSupply();
        // Eve paid the full value: of what vests she gains only her share of the sale's late interest and penalty,
        // which no price counted before the sale, and none of the recovery of the impairment.
        assertLe(vault.convertToAssets(eveShares), 500_000e18 + income * eveShares / supply + 1, "attacker");
        uint256 bobShares = vault.balanceOf(bob);
        assertGe(
            vault.convertToAssets(bobShares) - bobShares * exitPrice / 1e18,
            impaired * bobShares / supply,
            "victims: the recovery is theirs"
        );
    }

    /// @dev While a loan is impaired, deposits pay the full value and exits get the value net of the impairment.
    function test_Deposit_DuringAuctionPaysFullValue() public {
        _default(loanId);
        loans.liquidate(loanId);
        IStakedAID.VaultState memory s = vault.vaultState();
        assertEq(s.depositAssets - s.totalAssets, s.impairment + s.unvestedIncome + s.expectedYield);
        assertLt(vault.previewDeposit(1000e18), vault.convertToShares(1000e18), "a deposit buys at the full value");
    }

    /*//////////////////////////////////////////////////////////////
                     FINDING 2: IDLE AID OWED TO EXITS
    //////////////////////////////////////////////////////////////*/

    /// @dev Eligible exits are filled before a loan draws: a borrower cannot take the idle AID they are owed.
    function test_Draw_FillsEligibleExitsBeforeLending() public {
        // Repay the setUp's loan so the whole 2.7 million is idle.
        _repay(borrower, loanId, type(uint256).max);
        uint256 aliceShares = vault.balanceOf(alice);
        uint256 bobShares = vault.balanceOf(bob);
        _request(alice, aliceShares);
        _request(bob, bobShares);
        _skip(Defaults.COOLDOWN);
        uint256 aliceOwed = vault.convertToAssets(aliceShares);
        uint256 bobOwed = vault.convertToAssets(bobShares);
        uint256 idle = vault.vaultState().idleAssets;
        uint256 left = (idle - aliceOwed - bobOwed) * Defaults.UTILISATION_CAP_BPS / Defaults.BPS;
        assertApproxEqAbs(vault.maxDraw(), left, 2, "what a loan may draw excludes what exits are owed");

        uint256 titleId = _title(frank);
        vm.expectPartialRevert(IStakedAID.DrawExceedsMax.selector);
        vm.prank(frank);
        loans.openLoan(titleId, L.MAX_PRINCIPAL, frank);

        uint256 principal = left - 1e18;
        uint256 before = aid.balanceOf(frank);
        vm.prank(frank);
        loans.openLoan(titleId, principal, frank);
        assertApproxEqAbs(vault.maxWithdraw(alice), aliceOwed, 1, "victim: alice's AID set aside");
        assertApproxEqAbs(vault.maxWithdraw(bob), bobOwed, 1, "victim: bob's AID set aside");
        assertEq(aid.balanceOf(frank) - before, principal - (principal * L.ORIGINATION_FEE_BPS + L.BPS - 1) / L.BPS);
        assertApproxEqAbs(_claim(alice, alice), aliceOwed, 1);
    }

    /// @dev More eligible requests than one draw fills: the draw waits (`ExitsWaiting`) until someone processes
    /// the queue, and `maxDraw` says 0 meanwhile.
    function test_RevertWhen_DrawWithMoreEligibleExitsThanOneDrawFills() public {
        _repay(borrower, loanId, type(uint256).max);
        for (uint256 i; i < 17; ++i) {
            _request(carol, 1000e18);
        }
        _skip(Defaults.COOLDOWN);
        assertEq(vault.maxDraw(), 0);
        uint256 titleId = _title(frank);
        vm.expectRevert(abi.encodeWithSelector(IStakedAID.ExitsWaiting.selector, 17));
        vm.prank(frank);
        loans.openLoan(titleId, L.PRINCIPAL, frank);
        vault.processRedemptions(17);
        assertGt(vault.maxDraw(), L.PRINCIPAL);
        vm.prank(frank);
        loans.openLoan(titleId, L.PRINCIPAL, frank);
        assertEq(vault.maxRedeem(carol), 17_000e18, "every exit filled first");
    }

    /*//////////////////////////////////////////////////////////////
                      FINDING 8: FROZEN DEBT
    //////////////////////////////////////////////////////////////*/

    /// @dev An auction that ended with no bid cannot be repaid later at the debt frozen at the default: it is closed
    /// (written off, the title to the recovery address) and the borrower's AID stays where it is.
    function test_RevertWhen_RepayAfterAuctionEndedWithoutBid() public {
        _liquidated(loanId);
        uint256 end = loans.loan(loanId).auctionEnd;
        _warpTo(end + 30 days);
        uint256 debt = loans.payoffAmount(loanId);
        _fundAid(borrower, debt);
        uint256 borrowerAid = aid.balanceOf(borrower);
        vm.expectRevert(abi.encodeWithSelector(ILoans.AuctionEnded.selector, loanId, end));
        vm.prank(borrower);
        loans.repay(loanId, debt);
        assertEq(aid.balanceOf(borrower), borrowerAid, "attacker: nothing taken");
        loans.closeAuction(loanId);
        assertEq(registry.ownerOf(loans.loan(loanId).titleId), recovery, "savers: the title goes to recovery");
        assertEq(uint8(_status(loanId)), uint8(ILoans.LoanStatus.WrittenOff));
    }

    /*//////////////////////////////////////////////////////////////
                                 HELPERS
    //////////////////////////////////////////////////////////////*/

    /// @dev The sale income and the realised loss of the last `AuctionSettled` recorded.
    function _settled() internal returns (uint256 income, uint256 loss) {
        Vm.Log[] memory logs = vm.getRecordedLogs();
        for (uint256 i; i < logs.length; ++i) {
            if (logs[i].topics[0] == ILoans.AuctionSettled.selector) {
                (, income,,,, loss) = abi.decode(logs[i].data, (uint256, uint256, uint256, uint256, uint256, uint256));
            }
        }
    }
}
