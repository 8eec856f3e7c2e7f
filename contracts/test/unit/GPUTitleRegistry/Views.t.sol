// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IGPUTitleRegistry} from "../../../src/interfaces/IGPUTitleRegistry.sol";
import {SerialNumbers} from "../../../src/libraries/SerialNumbers.sol";
import {TitleBase_Test} from "../../utils/TitleBase.t.sol";

/// @notice title, titlesOf, pendingTitles, statusOf, serialTitle and serialsCommitment.
contract Views_Unit_Test is TitleBase_Test {
    function test_Title_RevertWhen_NeverMinted() public {
        vm.expectRevert(abi.encodeWithSelector(IGPUTitleRegistry.TitleNotFound.selector, 0));
        registry.title(0);
        vm.expectRevert(abi.encodeWithSelector(IGPUTitleRegistry.TitleNotFound.selector, 1));
        registry.title(1);
    }

    function test_StatusOf_NoneForNeverMinted() public view {
        assertEq(uint8(registry.statusOf(5)), uint8(IGPUTitleRegistry.Status.None));
    }

    function test_Title_ShowsPledgorOnlyWhilePledged() public {
        uint256 id = _pledged(alice, 1);
        assertEq(registry.title(id).pledgor, alice);
        assertEq(registry.title(id).owner, loanManager);
        vm.prank(loanManager);
        registry.release(id);
        assertEq(registry.title(id).pledgor, address(0));
    }

    function test_TitlesOf_ReturnsHeldAndPledgedTitles() public {
        uint256 a1 = _submit(alice, 1);
        uint256 b1 = _submit(bob, 100);
        uint256 a2 = _pledged(alice, 200);
        uint256 a3 = _appraised(alice, 300);
        vm.prank(alice);
        registry.withdraw(a3);

        (IGPUTitleRegistry.Title[] memory titles, uint256 nextId) = registry.titlesOf(alice, 0, 100);
        assertEq(nextId, 0, "every id examined");
        assertEq(titles.length, 2);
        assertEq(titles[0].id, a1);
        assertEq(titles[1].id, a2);
        assertEq(titles[1].pledgor, alice);

        (titles,) = registry.titlesOf(bob, 1, 100);
        assertEq(titles.length, 1);
        assertEq(titles[0].id, b1);

        (titles,) = registry.titlesOf(loanManager, 1, 100);
        assertEq(titles.length, 1, "the escrow sees what it holds");
        assertEq(titles[0].id, a2);

        (titles,) = registry.titlesOf(address(0), 1, 100);
        assertEq(titles.length, 0, "burned titles belong to no one");
    }

    function test_TitlesOf_Paginates() public {
        for (uint256 i; i < 5; ++i) {
            _submit(i % 2 == 0 ? alice : bob, 100 * (i + 1));
        }
        (IGPUTitleRegistry.Title[] memory titles, uint256 nextId) = registry.titlesOf(alice, 1, 2);
        assertEq(titles.length, 1);
        assertEq(titles[0].id, 1);
        assertEq(nextId, 3);
        (titles, nextId) = registry.titlesOf(alice, nextId, 2);
        assertEq(titles.length, 1);
        assertEq(titles[0].id, 3);
        assertEq(nextId, 5);
        (titles, nextId) = registry.titlesOf(alice, nextId, 2);
        assertEq(titles.length, 1);
        assertEq(titles[0].id, 5);
        assertEq(nextId, 0);
        (titles, nextId) = registry.titlesOf(alice, 6, 2);
        assertEq(titles.length, 0);
        assertEq(nextId, 0);
    }

    function test_TitlesOf_CapsScanAtMaximum() public {
        _submit(alice, 1);
        (IGPUTitleRegistry.Title[] memory titles, uint256 nextId) = registry.titlesOf(alice, 1, type(uint256).max);
        assertEq(titles.length, 1);
        assertEq(nextId, 0);
    }

    function test_RevertWhen_ScanZero() public {
        vm.expectRevert(IGPUTitleRegistry.ZeroScan.selector);
        registry.titlesOf(alice, 1, 0);
        vm.expectRevert(IGPUTitleRegistry.ZeroScan.selector);
        registry.pendingTitles(1, 0);
    }

    function test_PendingTitles_ReturnsOnlyPending() public {
        uint256 p1 = _submit(alice, 1);
        _appraised(bob, 100);
        uint256 p2 = _submit(bob, 200);
        uint256 rejected = _submit(alice, 300);
        vm.prank(appraiser);
        registry.reject(rejected, IGPUTitleRegistry.RejectionReason.Other);

        (IGPUTitleRegistry.Title[] memory titles, uint256 nextId) = registry.pendingTitles(0, 1000);
        assertEq(titles.length, 2);
        assertEq(titles[0].id, p1);
        assertEq(titles[1].id, p2);
        assertEq(titles[1].owner, bob);
        assertEq(nextId, 0);
    }

    function test_PendingTitles_EmptyRegistry() public view {
        (IGPUTitleRegistry.Title[] memory titles, uint256 nextId) = registry.pendingTitles(0, 10);
        assertEq(titles.length, 0);
        assertEq(nextId, 0);
    }

    function test_SerialsCommitment_IgnoresOrder() public view {
        bytes32[] memory sorted = _serials(5, 1);
        bytes32[] memory shuffled = new bytes32[](5);
        (shuffled[0], shuffled[1], shuffled[2], shuffled[3], shuffled[4]) =
        (sorted[3], sorted[0], sorted[4], sorted[2], sorted[1]);
        bytes32 expected = keccak256(abi.encodePacked(sorted));
        assertEq(registry.serialsCommitment(sorted), expected);
        assertEq(registry.serialsCommitment(shuffled), expected);
    }

    function test_SerialsCommitment_RevertWhen_Duplicate() public {
        bytes32[] memory serials = _serials(3, 1);
        serials[0] = serials[2];
        vm.expectRevert(abi.encodeWithSelector(SerialNumbers.DuplicateSerial.selector, 2, serials[2]));
        registry.serialsCommitment(serials);
    }
}
