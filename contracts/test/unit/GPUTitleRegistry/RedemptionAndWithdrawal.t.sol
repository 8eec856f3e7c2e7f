// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IGPUTitleRegistry} from "../../../src/interfaces/IGPUTitleRegistry.sol";
import {TitleBase_Test} from "../../utils/TitleBase.t.sol";

/// @notice requestRedemption, cancelRedemption, confirmRedemption (custodian) and withdraw: the ways a title ends.
contract RedemptionAndWithdrawal_Unit_Test is TitleBase_Test {
    uint256 internal id;

    function setUp() public override {
        super.setUp();
        id = _appraised(alice, 1);
    }

    function test_RequestRedemption_LocksTitle() public {
        vm.expectEmit(address(registry));
        emit IGPUTitleRegistry.RedemptionRequested(id, alice);
        vm.prank(alice);
        registry.requestRedemption(id);
        assertEq(uint8(_status(id)), uint8(IGPUTitleRegistry.Status.RedemptionRequested));
    }

    function test_RevertWhen_RequestRedemptionNotOwner() public {
        vm.expectRevert(abi.encodeWithSelector(IGPUTitleRegistry.NotTitleHolder.selector, id, eve, alice));
        vm.prank(eve);
        registry.requestRedemption(id);
    }

    function test_RevertWhen_RequestRedemptionApprovedOperator() public {
        vm.prank(alice);
        registry.setApprovalForAll(eve, true);
        vm.expectRevert(abi.encodeWithSelector(IGPUTitleRegistry.NotTitleHolder.selector, id, eve, alice));
        vm.prank(eve);
        registry.requestRedemption(id);
    }

    function test_RevertWhen_RequestRedemptionPledged() public {
        _pledge(id);
        vm.expectRevert(abi.encodeWithSelector(IGPUTitleRegistry.NotTitleHolder.selector, id, alice, loanManager));
        vm.prank(alice);
        registry.requestRedemption(id);
        _expectInvalidStatus(id, IGPUTitleRegistry.Status.Pledged);
        vm.prank(loanManager);
        registry.requestRedemption(id);
    }

    function test_RevertWhen_RequestRedemptionPending() public {
        uint256 pending = _submit(bob, 100);
        _expectInvalidStatus(pending, IGPUTitleRegistry.Status.Pending);
        vm.prank(bob);
        registry.requestRedemption(pending);
    }

    function test_CancelRedemption_BackToAppraised() public {
        vm.startPrank(alice);
        registry.requestRedemption(id);
        vm.expectEmit(address(registry));
        emit IGPUTitleRegistry.RedemptionCancelled(id, alice);
        registry.cancelRedemption(id);
        vm.stopPrank();
        assertEq(uint8(_status(id)), uint8(IGPUTitleRegistry.Status.Appraised));
    }

    function test_RevertWhen_CancelRedemptionNotRequested() public {
        _expectInvalidStatus(id, IGPUTitleRegistry.Status.Appraised);
        vm.prank(alice);
        registry.cancelRedemption(id);
    }

    function test_RevertWhen_CancelRedemptionNotOwner() public {
        vm.prank(alice);
        registry.requestRedemption(id);
        vm.expectRevert(abi.encodeWithSelector(IGPUTitleRegistry.NotTitleHolder.selector, id, eve, alice));
        vm.prank(eve);
        registry.cancelRedemption(id);
    }

    function test_ConfirmRedemption_BurnsAndFreesSerials() public {
        vm.prank(alice);
        registry.requestRedemption(id);
        vm.expectEmit(address(registry));
        emit IGPUTitleRegistry.TitleRedeemed(id, alice, custodian);
        vm.prank(custodian);
        registry.confirmRedemption(id);

        assertEq(uint8(_status(id)), uint8(IGPUTitleRegistry.Status.Redeemed));
        assertEq(registry.balanceOf(alice), 0);
        vm.expectRevert(bytes4(keccak256("TokenDoesNotExist()")));
        registry.ownerOf(id);
        assertEq(registry.serialTitle(_serial(1)), 0, "serials are free again");

        IGPUTitleRegistry.Title memory t = registry.title(id);
        assertEq(t.owner, address(0));
        assertEq(t.appraisedValue, 2_000_000e18, "the record stays readable");
        assertEq(t.currentValue, 0);
    }

    function test_RevertWhen_ConfirmRedemptionCallerNotCustodian() public {
        vm.prank(alice);
        registry.requestRedemption(id);
        address[3] memory callers = [alice, appraiser, admin];
        for (uint256 i; i < callers.length; ++i) {
            _expectUnauthorized(callers[i], registry.CUSTODIAN_ROLE());
            vm.prank(callers[i]);
            registry.confirmRedemption(id);
        }
    }

    function test_RevertWhen_ConfirmRedemptionNotRequested() public {
        _expectInvalidStatus(id, IGPUTitleRegistry.Status.Appraised);
        vm.prank(custodian);
        registry.confirmRedemption(id);
    }

    function test_RevertWhen_ConfirmRedemptionTwice() public {
        vm.prank(alice);
        registry.requestRedemption(id);
        vm.prank(custodian);
        registry.confirmRedemption(id);
        _expectInvalidStatus(id, IGPUTitleRegistry.Status.Redeemed);
        vm.prank(custodian);
        registry.confirmRedemption(id);
    }

    function test_Withdraw_BurnsPendingRejectedOrAppraised() public {
        uint256 pending = _submit(alice, 100);
        uint256 rejected = _submit(alice, 200);
        vm.prank(appraiser);
        registry.reject(rejected, IGPUTitleRegistry.RejectionReason.DocumentsIncomplete);

        uint256[3] memory ids = [pending, rejected, id];
        for (uint256 i; i < ids.length; ++i) {
            vm.expectEmit(address(registry));
            emit IGPUTitleRegistry.TitleWithdrawn(ids[i], alice);
            vm.prank(alice);
            registry.withdraw(ids[i]);
            assertEq(uint8(_status(ids[i])), uint8(IGPUTitleRegistry.Status.Withdrawn));
        }
        assertEq(registry.balanceOf(alice), 0);
        assertEq(registry.serialTitle(_serial(200)), 0);
    }

    function test_RevertWhen_WithdrawNotOwner() public {
        vm.expectRevert(abi.encodeWithSelector(IGPUTitleRegistry.NotTitleHolder.selector, id, eve, alice));
        vm.prank(eve);
        registry.withdraw(id);
    }

    function test_RevertWhen_WithdrawPledgedOrLiquidating() public {
        _pledge(id);
        _expectInvalidStatus(id, IGPUTitleRegistry.Status.Pledged);
        vm.prank(loanManager);
        registry.withdraw(id);
        vm.prank(loanManager);
        registry.startLiquidation(id);
        _expectInvalidStatus(id, IGPUTitleRegistry.Status.Liquidating);
        vm.prank(loanManager);
        registry.withdraw(id);
    }

    function test_RevertWhen_WithdrawRedemptionRequested() public {
        vm.prank(alice);
        registry.requestRedemption(id);
        _expectInvalidStatus(id, IGPUTitleRegistry.Status.RedemptionRequested);
        vm.prank(alice);
        registry.withdraw(id);
    }

    function test_RevertWhen_WithdrawTwiceOrNeverMinted() public {
        vm.prank(alice);
        registry.withdraw(id);
        vm.expectRevert(abi.encodeWithSelector(IGPUTitleRegistry.NotTitleHolder.selector, id, alice, address(0)));
        vm.prank(alice);
        registry.withdraw(id);
        vm.expectRevert(abi.encodeWithSelector(IGPUTitleRegistry.TitleNotFound.selector, 77));
        vm.prank(alice);
        registry.withdraw(77);
    }

    function test_BurnedTitleNeverComesBack() public {
        vm.prank(alice);
        registry.withdraw(id);
        uint256 next = _submit(alice, 1); // same serials, new title
        assertEq(next, id + 1, "ids are never reused");
        assertEq(uint8(_status(id)), uint8(IGPUTitleRegistry.Status.Withdrawn));
        vm.expectRevert(bytes4(keccak256("TokenDoesNotExist()")));
        registry.ownerOf(id);
    }
}
