// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IGPUTitleRegistry} from "../../../src/interfaces/IGPUTitleRegistry.sol";
import {TitleBase_Test} from "../../utils/TitleBase.t.sol";

/// @notice ERC-721 transfers: free while Pending, Appraised or Rejected; blocked while Pledged, Liquidating or
/// RedemptionRequested, whoever calls and through every path.
contract Transfer_Unit_Test is TitleBase_Test {
    function test_Transfer_AllowedWhilePendingAppraisedOrRejected() public {
        uint256 pending = _submit(alice, 1);
        uint256 appraised = _appraised(alice, 100);
        uint256 rejected = _submit(alice, 200);
        vm.prank(appraiser);
        registry.reject(rejected, IGPUTitleRegistry.RejectionReason.Other);

        vm.startPrank(alice);
        registry.transferFrom(alice, bob, pending);
        registry.safeTransferFrom(alice, bob, appraised);
        registry.safeTransferFrom(alice, bob, rejected, "");
        vm.stopPrank();
        assertEq(registry.balanceOf(bob), 3);
        assertEq(uint8(_status(appraised)), uint8(IGPUTitleRegistry.Status.Appraised), "status travels with it");
    }

    function test_Transfer_ByApprovedOperator() public {
        uint256 id = _appraised(alice, 1);
        vm.prank(alice);
        registry.setApprovalForAll(eve, true);
        vm.prank(eve);
        registry.transferFrom(alice, bob, id);
        assertEq(registry.ownerOf(id), bob);
    }

    function test_Transfer_ByApprovedAccountClearsApproval() public {
        uint256 id = _appraised(alice, 1);
        vm.prank(alice);
        registry.approve(eve, id);
        vm.prank(eve);
        registry.transferFrom(alice, bob, id);
        assertEq(registry.ownerOf(id), bob);
        assertEq(registry.getApproved(id), address(0));
    }

    /// @dev The owner's transfer skips the approval slot only when no approval was ever set since the last clearing.
    function test_Transfer_ByOwnerClearsApproval() public {
        uint256 id = _appraised(alice, 1);
        vm.startPrank(alice);
        registry.approve(eve, id);
        registry.transferFrom(alice, bob, id);
        vm.stopPrank();
        assertEq(registry.getApproved(id), address(0));
        vm.prank(eve);
        vm.expectRevert(bytes4(keccak256("NotOwnerNorApproved()")));
        registry.transferFrom(bob, eve, id);
        // Without an approval since, the next owner's transfer still works, and a new approval is honoured.
        vm.prank(bob);
        registry.transferFrom(bob, buyer, id);
        vm.prank(buyer);
        registry.approve(eve, id);
        vm.prank(eve);
        registry.transferFrom(buyer, eve, id);
        assertEq(registry.ownerOf(id), eve);
    }

    function test_Transfer_AfterApprovalToZero() public {
        uint256 id = _appraised(alice, 1);
        vm.startPrank(alice);
        registry.approve(eve, id);
        registry.approve(address(0), id);
        registry.transferFrom(alice, bob, id);
        vm.stopPrank();
        assertEq(registry.ownerOf(id), bob);
        assertEq(registry.getApproved(id), address(0));
    }

    function test_RevertWhen_TransferPledgedByEscrow() public {
        uint256 id = _pledged(alice, 1);
        _expectInvalidStatus(id, IGPUTitleRegistry.Status.Pledged);
        vm.prank(loanManager);
        registry.transferFrom(loanManager, bob, id);
        _expectInvalidStatus(id, IGPUTitleRegistry.Status.Pledged);
        vm.prank(loanManager);
        registry.safeTransferFrom(loanManager, bob, id);
    }

    function test_RevertWhen_TransferPledgedThroughApproval() public {
        uint256 id = _pledged(alice, 1);
        vm.prank(loanManager);
        registry.setApprovalForAll(eve, true);
        _expectInvalidStatus(id, IGPUTitleRegistry.Status.Pledged);
        vm.prank(eve);
        registry.transferFrom(loanManager, eve, id);
    }

    function test_RevertWhen_TransferPledgedByFormerOwner() public {
        uint256 id = _pledged(alice, 1);
        _expectInvalidStatus(id, IGPUTitleRegistry.Status.Pledged);
        vm.prank(alice);
        registry.transferFrom(loanManager, alice, id);
    }

    function test_RevertWhen_TransferLiquidating() public {
        uint256 id = _pledged(alice, 1);
        vm.prank(loanManager);
        registry.startLiquidation(id);
        _expectInvalidStatus(id, IGPUTitleRegistry.Status.Liquidating);
        vm.prank(loanManager);
        registry.transferFrom(loanManager, buyer, id);
    }

    function test_RevertWhen_TransferRedemptionRequested() public {
        uint256 id = _appraised(alice, 1);
        vm.prank(alice);
        registry.requestRedemption(id);
        _expectInvalidStatus(id, IGPUTitleRegistry.Status.RedemptionRequested);
        vm.prank(alice);
        registry.transferFrom(alice, bob, id);
    }

    function test_RevertWhen_TransferToRegistry() public {
        uint256 id = _submit(alice, 1);
        vm.expectRevert(abi.encodeWithSelector(IGPUTitleRegistry.InvalidRecipient.selector, address(registry)));
        vm.prank(alice);
        registry.transferFrom(alice, address(registry), id);
    }

    function test_RevertWhen_TransferWithEther() public {
        uint256 id = _submit(alice, 1);
        vm.deal(alice, 1 ether);
        vm.expectRevert(abi.encodeWithSelector(IGPUTitleRegistry.EtherNotAccepted.selector, 1 ether));
        vm.prank(alice);
        registry.transferFrom{value: 1 ether}(alice, bob, id);
    }

    function test_RevertWhen_ApproveWithEther() public {
        uint256 id = _submit(alice, 1);
        vm.deal(alice, 1 ether);
        vm.expectRevert(abi.encodeWithSelector(IGPUTitleRegistry.EtherNotAccepted.selector, 1 ether));
        vm.prank(alice);
        registry.approve{value: 1 ether}(bob, id);
    }

    function test_RevertWhen_TransferNotOwnerNorApproved() public {
        uint256 id = _submit(alice, 1);
        vm.expectRevert(bytes4(keccak256("NotOwnerNorApproved()")));
        vm.prank(eve);
        registry.transferFrom(alice, eve, id);
    }

    /// @dev The registry's own `transferFrom` keeps Solady's checks: the zero address, a title never minted, and a
    /// `from` that is not the owner are each refused with Solady's error, and nothing moves.
    function test_RevertWhen_TransferToZeroAddress() public {
        uint256 id = _submit(alice, 1);
        vm.expectRevert(bytes4(keccak256("TransferToZeroAddress()")));
        vm.prank(alice);
        registry.transferFrom(alice, address(0), id);
        assertEq(registry.ownerOf(id), alice);
    }

    function test_RevertWhen_TransferTitleNeverMinted() public {
        vm.expectRevert(bytes4(keccak256("TokenDoesNotExist()")));
        vm.prank(alice);
        registry.transferFrom(alice, bob, 99);
    }

    function test_RevertWhen_TransferFromWrongOwner() public {
        uint256 id = _submit(alice, 1);
        vm.prank(alice);
        registry.setApprovalForAll(eve, true);
        vm.expectRevert(bytes4(keccak256("TransferFromIncorrectOwner()")));
        vm.prank(eve);
        registry.transferFrom(bob, eve, id);
        assertEq(registry.ownerOf(id), alice);
        assertEq(registry.balanceOf(bob), 0);
    }
}
