// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {LoanManager} from "../../../src/LoanManager.sol";
import {IGPUTitleRegistry} from "../../../src/interfaces/IGPUTitleRegistry.sol";
import {ILoans} from "../../../src/interfaces/ILoans.sol";
import {HostileReceiver} from "../../mocks/HostileReceiver.sol";
import {ReentrantRegistry} from "../../mocks/ReentrantRegistry.sol";
import {LoanBase_Test} from "../../utils/LoanBase.t.sol";
import {LoanDefaults as L} from "../../utils/LoanDefaults.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {StdStorage, stdStorage} from "forge-std/StdStorage.sol";

/// @notice SECURITY.md section 5, item 23: a borrower, bidder or registry that re-enters any entry point from a call
/// the loan manager makes gets a revert, and the outer operation's accounting is the same as without the attempt.
contract LoanManager_Reentrancy_Unit_Test is LoanBase_Test {
    using stdStorage for StdStorage;

    ReentrantRegistry internal hostile;
    LoanManager internal exposed;

    function setUp() public override {
        super.setUp();
        hostile = new ReentrantRegistry();
        exposed = new LoanManager(vault, IGPUTitleRegistry(address(hostile)), admin, guardian, recovery);
        hostile.setLoans(address(exposed));
        // The vault lends through the exposed manager. The vault's loan manager is set once, and this suite's setUp
        // already set the real one (nothing lent yet), so the test clears that slot to connect the exposed one.
        stdstore.target(address(vault)).sig("loanManager()").checked_write(address(0));
        vm.prank(admin);
        vault.setLoanManager(address(exposed));
    }

    function _assertBlocked() internal view {
        assertEq(hostile.attempts(), 1, "re-entry attempted");
        assertFalse(hostile.lastSucceeded(), "and refused");
        assertEq(
            bytes4(hostile.lastRevert()),
            ReentrancyGuardTransient.ReentrancyGuardReentrantCall.selector,
            "by the reentrancy guard"
        );
    }

    function _open(address who) internal returns (uint256 loanId) {
        vm.prank(who);
        loanId = exposed.openLoan(1, L.PRINCIPAL, who);
    }

    function _pay(address who, uint256 loanId, uint256 amount) internal {
        _fundAid(who, amount);
        vm.prank(who);
        aid.approve(address(exposed), type(uint256).max);
        vm.prank(who);
        exposed.repay(loanId, amount);
    }

    function test_ReenterFromPledge() public {
        hostile.arm(abi.encodeCall(ILoans.openLoan, (2, L.PRINCIPAL, borrower)));
        uint256 loanId = _open(borrower);
        _assertBlocked();
        assertEq(exposed.loanCount(), 1, "one loan only");
        assertEq(exposed.loan(loanId).principal, L.PRINCIPAL);
        assertEq(exposed.bookValue(), L.PRINCIPAL);
    }

    function test_ReenterRepayFromRelease() public {
        uint256 loanId = _open(borrower);
        hostile.arm(abi.encodeCall(ILoans.repay, (loanId, 1e18)));
        _skip(1 days);
        uint256 payoff = exposed.payoffAmount(loanId);
        _pay(borrower, loanId, payoff);
        _assertBlocked();
        assertEq(uint8(exposed.loan(loanId).status), uint8(ILoans.LoanStatus.Repaid));
        assertEq(exposed.bookValue(), 0);
    }

    function test_ReenterLiquidateFromStartLiquidation() public {
        uint256 loanId = _open(borrower);
        _warpTo(exposed.loan(loanId).deadline + 1);
        hostile.arm(abi.encodeCall(ILoans.bid, (loanId)));
        exposed.liquidate(loanId);
        _assertBlocked();
        assertEq(uint8(exposed.loan(loanId).status), uint8(ILoans.LoanStatus.Liquidating));
    }

    function test_ReenterClaimFromSettleLiquidation() public {
        uint256 loanId = _open(borrower);
        _warpTo(exposed.loan(loanId).deadline + 1);
        exposed.liquidate(loanId);
        hostile.arm(abi.encodeCall(ILoans.claimSurplus, (loanId, borrower)));
        uint256 price = exposed.auctionPrice(loanId);
        _fundAid(bidder, price);
        vm.startPrank(bidder);
        aid.approve(address(exposed), type(uint256).max);
        exposed.bid(loanId);
        vm.stopPrank();
        _assertBlocked();
        uint256 surplus = exposed.loan(loanId).surplusClaimable;
        assertGt(surplus, 0, "surplus intact");
        vm.prank(borrower);
        assertEq(exposed.claimSurplus(loanId, borrower), surplus);
    }

    function test_ReenterCloseAuctionFromSettleLiquidation() public {
        uint256 loanId = _open(borrower);
        _warpTo(exposed.loan(loanId).deadline + 1);
        exposed.liquidate(loanId);
        _skip(L.AUCTION + 1);
        hostile.arm(abi.encodeCall(ILoans.closeAuction, (loanId)));
        exposed.closeAuction(loanId);
        _assertBlocked();
        assertEq(uint8(exposed.loan(loanId).status), uint8(ILoans.LoanStatus.WrittenOff));
    }

    function test_ReenterRepayFromReleaseDuringAuction() public {
        uint256 loanId = _open(borrower);
        _warpTo(exposed.loan(loanId).deadline + 1);
        exposed.liquidate(loanId);
        hostile.arm(abi.encodeCall(ILoans.repay, (loanId, type(uint256).max)));
        _pay(borrower, loanId, exposed.payoffAmount(loanId));
        _assertBlocked();
        assertEq(uint8(exposed.loan(loanId).status), uint8(ILoans.LoanStatus.Repaid));
    }
}

/// @notice With the real registry, titles move without any receiver callback: a hostile contract borrower or bidder
/// never gets control while a loan is half-updated.
contract LoanManager_HostileReceiver_Unit_Test is LoanBase_Test {
    HostileReceiver internal contractBorrower;
    HostileReceiver internal contractBidder;

    function setUp() public override {
        super.setUp();
        contractBorrower = new HostileReceiver();
        contractBidder = new HostileReceiver();
        _fundAndApprove(address(contractBorrower));
    }

    function test_ReleaseToContractBorrowerRunsNoHook() public {
        uint256 titleId = _title(address(contractBorrower));
        bytes memory ret = contractBorrower.execute(
            address(loans), abi.encodeCall(ILoans.openLoan, (titleId, L.PRINCIPAL, address(contractBorrower)))
        );
        uint256 loanId = abi.decode(ret, (uint256));
        contractBorrower.arm(address(loans), abi.encodeCall(ILoans.liquidate, (loanId)));
        _skip(5 days);
        uint256 payoff = loans.payoffAmount(loanId);
        _fundAid(address(contractBorrower), payoff);
        contractBorrower.execute(address(aid), abi.encodeCall(aid.approve, (address(loans), payoff)));
        contractBorrower.execute(address(loans), abi.encodeCall(ILoans.repay, (loanId, payoff)));
        assertEq(registry.ownerOf(titleId), address(contractBorrower), "title back");
        assertEq(contractBorrower.hookCalls(), 0, "no callback");
        assertEq(uint8(_status(loanId)), uint8(ILoans.LoanStatus.Repaid));
    }

    function test_SettleToContractBidderRunsNoHook() public {
        uint256 loanId = _borrow();
        _liquidated(loanId);
        contractBidder.arm(address(loans), abi.encodeCall(ILoans.repay, (loanId, type(uint256).max)));
        uint256 price = loans.auctionPrice(loanId);
        _fundAid(bidder, price);
        vm.prank(bidder);
        aid.transfer(address(contractBidder), price);
        contractBidder.execute(address(aid), abi.encodeCall(aid.approve, (address(loans), price)));
        contractBidder.execute(address(loans), abi.encodeCall(ILoans.bid, (loanId)));
        assertEq(registry.ownerOf(loans.loan(loanId).titleId), address(contractBidder));
        assertEq(contractBidder.hookCalls(), 0, "no callback");
        assertEq(uint8(_status(loanId)), uint8(ILoans.LoanStatus.Sold));
    }
}
