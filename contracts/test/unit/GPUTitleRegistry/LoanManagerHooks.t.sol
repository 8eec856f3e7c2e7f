// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IGPUTitleRegistry} from "../../../src/interfaces/IGPUTitleRegistry.sol";
import {TitleBase_Test} from "../../utils/TitleBase.t.sol";
import {TitleDefaults as D} from "../../utils/TitleDefaults.sol";

/// @dev A buyer contract that cannot receive ERC-721 tokens through `safeTransferFrom`: settlement must not depend on
/// it (no receiver callback, so no push-payment style denial of service and no reentrancy from the hook).
contract RevertingReceiver {
    function onERC721Received(address, address, uint256, bytes calldata) external pure returns (bytes4) {
        revert("no");
    }
}

/// @notice pledge, release, startLiquidation and settleLiquidation: the loan manager's hooks.
contract LoanManagerHooks_Unit_Test is TitleBase_Test {
    /// @dev Storage slot of the registry's `_records` mapping (`forge inspect GPUTitleRegistry storageLayout`).
    uint256 internal constant _RECORDS_SLOT = 5;

    uint256 internal id;

    function setUp() public override {
        super.setUp();
        id = _appraised(alice, 1);
    }

    /*//////////////////////////////////////////////////////////////
                                 PLEDGE
    //////////////////////////////////////////////////////////////*/

    /// @dev No ERC-721 approval: the registry trusts the loan manager it names to pledge only for the title's owner.
    function test_Pledge_MovesTitleIntoEscrow() public {
        assertEq(registry.getApproved(id), address(0));
        assertFalse(registry.isApprovedForAll(alice, loanManager));
        vm.expectEmit(address(registry));
        emit IGPUTitleRegistry.TitlePledged(id, alice, loanManager, D.APPRAISED_VALUE);
        vm.prank(loanManager);
        (uint256 value, uint256 epoch, address previous) = registry.pledge(id, alice);

        assertEq(value, D.APPRAISED_VALUE);
        assertEq(epoch, 0, "first pledge: epoch 0");
        assertEq(previous, address(0), "no earlier pledgor");
        assertEq(registry.ownerOf(id), loanManager);
        assertEq(registry.balanceOf(alice), 0);
        assertEq(registry.balanceOf(loanManager), 1);
        assertEq(registry.getApproved(id), address(0), "no approval");
        IGPUTitleRegistry.Title memory t = registry.title(id);
        assertEq(uint8(t.status), uint8(IGPUTitleRegistry.Status.Pledged));
        assertEq(t.pledgor, alice);
    }

    /// @dev The same pledgor again keeps the epoch; another pledgor starts the next one and gets the earlier pledgor
    /// handed back; (title, epoch) keeps naming one pledgor.
    function test_Pledge_EpochChangesOnlyWithThePledgor() public {
        _pledgeAndRelease(id, alice, 0, address(0));
        _pledgeAndRelease(id, alice, 0, address(0));
        vm.prank(alice);
        registry.transferFrom(alice, bob, id);
        _pledgeAndRelease(id, bob, 1, alice);
        _pledgeAndRelease(id, bob, 1, address(0));
        vm.prank(bob);
        registry.transferFrom(bob, alice, id);
        _pledgeAndRelease(id, alice, 2, bob);
        (address pledgor, uint256 epoch) = registry.pledgorOf(id);
        assertEq(pledgor, alice, "kept after release");
        assertEq(epoch, 2);
    }

    /// @dev At the last epoch the record holds, only the last pledgor can pledge the title again.
    function test_RevertWhen_PledgorEpochsExhausted() public {
        _pledgeAndRelease(id, alice, 0, address(0));
        // Slot 2 of the title's record: the insurance numbers and the reason fill bits 0-191, the epoch 192-215.
        bytes32 slot = bytes32(uint256(keccak256(abi.encode(id, uint256(_RECORDS_SLOT)))) + 2);
        uint256 word = uint256(vm.load(address(registry), slot));
        vm.store(address(registry), slot, bytes32(word | (uint256(type(uint24).max) << 192)));
        (, uint256 epoch) = registry.pledgorOf(id);
        assertEq(epoch, type(uint24).max);

        vm.prank(alice);
        registry.transferFrom(alice, bob, id);
        vm.expectRevert(abi.encodeWithSelector(IGPUTitleRegistry.PledgorEpochsExhausted.selector, id, alice));
        vm.prank(loanManager);
        registry.pledge(id, bob);
        vm.prank(bob);
        registry.transferFrom(bob, alice, id);
        _pledgeAndRelease(id, alice, type(uint24).max, address(0));
    }

    function test_PledgorOf_NeverPledged() public view {
        (address pledgor, uint256 epoch) = registry.pledgorOf(id);
        assertEq(pledgor, address(0));
        assertEq(epoch, 0);
    }

    /// @dev Other fields of the slot the epoch shares (insurance, rejection reason) are untouched by it.
    function test_Pledge_EpochLeavesInsuranceIntact() public {
        IGPUTitleRegistry.Title memory before = registry.title(id);
        _pledgeAndRelease(id, alice, 0, address(0));
        vm.prank(alice);
        registry.transferFrom(alice, bob, id);
        _pledgeAndRelease(id, bob, 1, alice);
        IGPUTitleRegistry.Title memory afterwards = registry.title(id);
        assertEq(afterwards.insurance.coverage, before.insurance.coverage);
        assertEq(afterwards.insurance.expiry, before.insurance.expiry);
        assertEq(afterwards.insuranceVerifiedUntil, before.insuranceVerifiedUntil);
        assertEq(afterwards.insuranceVerified, before.insuranceVerified);
        assertEq(afterwards.currentValue, before.currentValue);
    }

    function _pledgeAndRelease(uint256 titleId, address owner, uint256 epoch, address previous) internal {
        vm.prank(loanManager);
        (, uint256 gotEpoch, address gotPrevious) = registry.pledge(titleId, owner);
        assertEq(gotEpoch, epoch, "epoch");
        assertEq(gotPrevious, previous, "previous pledgor");
        (address pledgor, uint256 current) = registry.pledgorOf(titleId);
        assertEq(pledgor, owner);
        assertEq(current, epoch);
        vm.prank(loanManager);
        registry.release(titleId);
        assertEq(registry.ownerOf(titleId), owner, "back to its pledgor");
    }

    /// @dev Approvals the owner gave are irrelevant to the pledge; the token approval is cleared by the move.
    function test_Pledge_ClearsTokenApproval() public {
        vm.prank(alice);
        registry.approve(eve, id);
        vm.prank(loanManager);
        registry.pledge(id, alice);
        assertEq(registry.ownerOf(id), loanManager);
        assertEq(registry.getApproved(id), address(0), "approval cleared");
    }

    function test_Pledge_WithOperatorApproval() public {
        vm.prank(alice);
        registry.setApprovalForAll(loanManager, true);
        vm.prank(loanManager);
        registry.pledge(id, alice);
        assertEq(registry.ownerOf(id), loanManager);
    }

    function test_RevertWhen_PledgeCallerNotLoanManager() public {
        vm.prank(alice);
        registry.approve(eve, id);
        vm.expectRevert(abi.encodeWithSelector(IGPUTitleRegistry.CallerNotLoanManager.selector, eve, loanManager));
        vm.prank(eve);
        registry.pledge(id, alice);
    }

    /// @dev Whatever the approvals: the borrower named must own the title, even one the owner approved.
    function test_RevertWhen_PledgeBorrowerNotOwner() public {
        vm.expectRevert(abi.encodeWithSelector(IGPUTitleRegistry.BorrowerNotOwner.selector, id, eve, alice));
        vm.prank(loanManager);
        registry.pledge(id, eve);
        vm.startPrank(alice);
        registry.approve(eve, id);
        registry.setApprovalForAll(eve, true);
        registry.setApprovalForAll(loanManager, true);
        vm.stopPrank();
        vm.expectRevert(abi.encodeWithSelector(IGPUTitleRegistry.BorrowerNotOwner.selector, id, eve, alice));
        vm.prank(loanManager);
        registry.pledge(id, eve);
    }

    function test_RevertWhen_PledgePending() public {
        uint256 pending = _submit(bob, 100);
        _expectInvalidStatus(pending, IGPUTitleRegistry.Status.Pending);
        vm.prank(loanManager);
        registry.pledge(pending, bob);
    }

    function test_RevertWhen_PledgeTwice() public {
        _pledge(id);
        _expectInvalidStatus(id, IGPUTitleRegistry.Status.Pledged);
        vm.prank(loanManager);
        registry.pledge(id, loanManager);
    }

    function test_RevertWhen_PledgeRedemptionRequested() public {
        vm.prank(alice);
        registry.requestRedemption(id);
        _expectInvalidStatus(id, IGPUTitleRegistry.Status.RedemptionRequested);
        vm.prank(loanManager);
        registry.pledge(id, alice);
    }

    function test_RevertWhen_PledgeAppraisalExpired() public {
        vm.warp(block.timestamp + D.APPRAISAL_VALIDITY);
        vm.expectRevert(abi.encodeWithSelector(IGPUTitleRegistry.NoCurrentValue.selector, id));
        vm.prank(loanManager);
        registry.pledge(id, alice);
    }

    function test_RevertWhen_PledgeInsuranceLapsed() public {
        vm.warp(block.timestamp + 250 days);
        vm.prank(appraiser);
        registry.appraise(id, D.APPRAISED_VALUE, uint40(block.timestamp + 200 days), D.REPORT_HASH);
        vm.warp(D.START + D.INSURANCE_TERM);
        vm.expectRevert(abi.encodeWithSelector(IGPUTitleRegistry.NoCurrentValue.selector, id));
        vm.prank(loanManager);
        registry.pledge(id, alice);
    }

    function test_RevertWhen_PledgeBurned() public {
        vm.prank(alice);
        registry.withdraw(id);
        _expectInvalidStatus(id, IGPUTitleRegistry.Status.Withdrawn);
        vm.prank(loanManager);
        registry.pledge(id, alice);
    }

    /*//////////////////////////////////////////////////////////////
                                RELEASE
    //////////////////////////////////////////////////////////////*/

    function test_Release_ReturnsTitleAppraised() public {
        _pledge(id);
        vm.expectEmit(address(registry));
        emit IGPUTitleRegistry.TitleReleased(id, loanManager, alice);
        vm.prank(loanManager);
        registry.release(id);

        assertEq(registry.ownerOf(id), alice);
        IGPUTitleRegistry.Title memory t = registry.title(id);
        assertEq(uint8(t.status), uint8(IGPUTitleRegistry.Status.Appraised));
        assertEq(t.pledgor, address(0));
    }

    function test_Release_FromLiquidatingWhenBorrowerRepays() public {
        _pledge(id);
        vm.startPrank(loanManager);
        registry.startLiquidation(id);
        registry.release(id);
        vm.stopPrank();
        assertEq(registry.ownerOf(id), alice);
        assertEq(uint8(_status(id)), uint8(IGPUTitleRegistry.Status.Appraised));
    }

    /// @dev A contract pledgor gets its title back with no receiver callback.
    function test_Release_ToContractWithoutReceiverCallback() public {
        address receiver = address(new RevertingReceiver());
        vm.prank(alice);
        registry.transferFrom(alice, receiver, id);
        _pledge(id);
        vm.prank(loanManager);
        registry.release(id);
        assertEq(registry.ownerOf(id), receiver);
    }

    function test_RevertWhen_ReleaseCallerNotEscrow() public {
        _pledge(id);
        address[3] memory callers = [alice, eve, admin];
        for (uint256 i; i < callers.length; ++i) {
            vm.expectRevert(
                abi.encodeWithSelector(IGPUTitleRegistry.CallerNotEscrow.selector, id, callers[i], loanManager)
            );
            vm.prank(callers[i]);
            registry.release(id);
        }
    }

    function test_RevertWhen_ReleaseNotPledged() public {
        _expectInvalidStatus(id, IGPUTitleRegistry.Status.Appraised);
        vm.prank(loanManager);
        registry.release(id);
    }

    /*//////////////////////////////////////////////////////////////
                              LIQUIDATION
    //////////////////////////////////////////////////////////////*/

    function test_StartLiquidation_MarksLiquidating() public {
        _pledge(id);
        vm.expectEmit(address(registry));
        emit IGPUTitleRegistry.LiquidationStarted(id, loanManager);
        vm.prank(loanManager);
        registry.startLiquidation(id);
        assertEq(uint8(_status(id)), uint8(IGPUTitleRegistry.Status.Liquidating));
        assertEq(registry.ownerOf(id), loanManager);
        assertEq(registry.title(id).pledgor, alice);
    }

    function test_RevertWhen_StartLiquidationCallerNotEscrow() public {
        _pledge(id);
        vm.expectRevert(abi.encodeWithSelector(IGPUTitleRegistry.CallerNotEscrow.selector, id, eve, loanManager));
        vm.prank(eve);
        registry.startLiquidation(id);
    }

    function test_RevertWhen_StartLiquidationTwiceOrUnpledged() public {
        _expectInvalidStatus(id, IGPUTitleRegistry.Status.Appraised);
        vm.prank(loanManager);
        registry.startLiquidation(id);

        _pledge(id);
        vm.prank(loanManager);
        registry.startLiquidation(id);
        _expectInvalidStatus(id, IGPUTitleRegistry.Status.Liquidating);
        vm.prank(loanManager);
        registry.startLiquidation(id);
    }

    function test_SettleLiquidation_HandsTitleToBuyerAppraised() public {
        _pledge(id);
        vm.startPrank(loanManager);
        registry.startLiquidation(id);
        vm.expectEmit(address(registry));
        emit IGPUTitleRegistry.LiquidationSettled(id, loanManager, buyer);
        registry.settleLiquidation(id, buyer);
        vm.stopPrank();

        assertEq(registry.ownerOf(id), buyer);
        IGPUTitleRegistry.Title memory t = registry.title(id);
        assertEq(uint8(t.status), uint8(IGPUTitleRegistry.Status.Appraised));
        assertEq(t.pledgor, address(0));
        assertEq(t.currentValue, D.APPRAISED_VALUE, "the appraisal carries over to the buyer");

        vm.prank(buyer);
        registry.transferFrom(buyer, bob, id);
        assertEq(registry.ownerOf(id), bob, "the buyer holds a free title");
    }

    function test_SettleLiquidation_ToRecoveryContract() public {
        _pledge(id);
        address receiver = address(new RevertingReceiver());
        vm.startPrank(loanManager);
        registry.startLiquidation(id);
        registry.settleLiquidation(id, receiver);
        vm.stopPrank();
        assertEq(registry.ownerOf(id), receiver);
    }

    function test_RevertWhen_SettleLiquidationNotLiquidating() public {
        _pledge(id);
        _expectInvalidStatus(id, IGPUTitleRegistry.Status.Pledged);
        vm.prank(loanManager);
        registry.settleLiquidation(id, buyer);
    }

    function test_RevertWhen_SettleLiquidationTwice() public {
        _pledge(id);
        vm.startPrank(loanManager);
        registry.startLiquidation(id);
        registry.settleLiquidation(id, buyer);
        _expectInvalidStatus(id, IGPUTitleRegistry.Status.Appraised);
        registry.settleLiquidation(id, recovery);
        vm.stopPrank();
    }

    function test_RevertWhen_SettleLiquidationCallerNotEscrow() public {
        _pledge(id);
        vm.prank(loanManager);
        registry.startLiquidation(id);
        vm.expectRevert(abi.encodeWithSelector(IGPUTitleRegistry.CallerNotEscrow.selector, id, buyer, loanManager));
        vm.prank(buyer);
        registry.settleLiquidation(id, buyer);
    }

    function test_RevertWhen_SettleLiquidationRecipientZero() public {
        _pledge(id);
        vm.startPrank(loanManager);
        registry.startLiquidation(id);
        vm.expectRevert(abi.encodeWithSelector(IGPUTitleRegistry.InvalidRecipient.selector, address(0)));
        registry.settleLiquidation(id, address(0));
        vm.stopPrank();
    }
}
