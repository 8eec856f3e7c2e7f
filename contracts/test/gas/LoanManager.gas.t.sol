// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {LoanBase_Test} from "../utils/LoanBase.t.sol";
import {LoanDefaults as L} from "../utils/LoanDefaults.sol";

/// forge-config: default.isolate = true
contract LoanManager_Gas_Test is LoanBase_Test {
    function test_Gas_OpenLoan() public {
        _borrow(frank, L.PRINCIPAL);
        _borrow(borrower, L.PRINCIPAL / 4);
        uint256 titleId = _title(borrower);
        vm.startPrank(borrower);
        registry.setApprovalForAll(address(loans), false);
        registry.approve(address(loans), titleId);
        vm.stopPrank();
        _nextBlock();
        vm.prank(borrower);
        loans.openLoan(titleId, L.PRINCIPAL / 2, borrower);
        emit log_named_uint("open", vm.snapshotGasLastCall("openLoan"));
    }

    function test_Gas_RepayInFull() public {
        _borrow(frank, L.PRINCIPAL);
        uint256 loanId = _borrow();
        _fundAid(borrower, L.PRINCIPAL * 11 / 10);
        _skip(10 days);
        vm.prank(borrower);
        loans.repay(loanId, type(uint256).max);
        emit log_named_uint("repay full", vm.snapshotGasLastCall("repay_full"));
    }

    function test_Gas_Liquidate() public {
        _borrow(frank, L.PRINCIPAL);
        uint256 loanId = _borrow();
        _default(loanId);
        loans.liquidate(loanId);
        emit log_named_uint("liquidate", vm.snapshotGasLastCall("liquidate"));
    }

    function test_Gas_Bid() public {
        _borrow(frank, L.PRINCIPAL);
        uint256 loanId = _borrow();
        _liquidated(loanId);
        _skip(60 hours);
        _fundAid(bidder, loans.auctionPrice(loanId) + 1e18);
        _nextBlock();
        vm.prank(bidder);
        loans.bid(loanId);
        emit log_named_uint("bid", vm.snapshotGasLastCall("bid"));
    }

    function test_Gas_BidSurplusReturningBidder() public {
        _borrow(frank, L.PRINCIPAL);
        uint256 loanId = _borrow();
        _title(bidder);
        _liquidated(loanId);
        _skip(16 hours);
        _fundAid(bidder, loans.auctionPrice(loanId) + 1e18);
        _nextBlock();
        vm.prank(bidder);
        loans.bid(loanId);
        emit log_named_uint("bid surplus returning", vm.snapshotGasLastCall("bid2"));
    }
}
