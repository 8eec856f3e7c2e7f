// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IGPUTitleRegistry} from "../../../src/interfaces/IGPUTitleRegistry.sol";
import {TitleBase_Test} from "../../utils/TitleBase.t.sol";

/// @notice voidTitle: the custodian burns a fraudulent or duplicate listing and frees its serials, but never a title
/// backing a loan. Eve is the attacker who lists alice's GPUs; alice is the victim.
contract Void_Unit_Test is TitleBase_Test {
    IGPUTitleRegistry.RejectionReason internal constant REASON = IGPUTitleRegistry.RejectionReason.SerialsUnverified;

    function _void(uint256 id) internal {
        vm.prank(custodian);
        registry.voidTitle(id, REASON);
    }

    function test_Void_FreesSerials() public {
        // Eve lists alice's serials and, by mistake, gets them appraised: neither a rejection nor alice can free them.
        uint256 squatted = _appraised(eve, 1);
        vm.expectRevert(
            abi.encodeWithSelector(IGPUTitleRegistry.SerialAlreadyRegistered.selector, _serial(1), squatted)
        );
        vm.prank(alice);
        registry.submit(_input(1));

        vm.expectEmit(address(registry));
        emit IGPUTitleRegistry.TitleVoided(squatted, eve, custodian, REASON);
        _void(squatted);

        IGPUTitleRegistry.Title memory t = registry.title(squatted);
        assertEq(uint8(t.status), uint8(IGPUTitleRegistry.Status.Voided), "voided");
        assertEq(t.owner, address(0), "burned");
        assertEq(uint8(t.rejectionReason), uint8(REASON), "the reason is kept in the record");
        assertEq(t.currentValue, 0, "no value");
        assertEq(registry.balanceOf(eve), 0, "eve holds nothing");
        assertEq(registry.serialTitle(_serial(1)), 0, "serial free");

        uint256 victims = _submit(alice, 1);
        assertEq(registry.ownerOf(victims), alice, "alice lists her GPUs");
        for (uint256 i; i < 8; ++i) {
            assertEq(registry.serialTitle(_serial(1 + i)), victims, "alice's title holds the serials");
        }
    }

    function test_Void_BurnsEveryStatusNotBackingALoan() public {
        uint256 pending = _submit(eve, 1);
        uint256 appraised = _appraised(eve, 100);
        uint256 rejected = _submit(eve, 200);
        vm.prank(appraiser);
        registry.reject(rejected, IGPUTitleRegistry.RejectionReason.Other);
        uint256 redeeming = _appraised(eve, 300);
        vm.prank(eve);
        registry.requestRedemption(redeeming);

        uint256[4] memory ids = [pending, appraised, rejected, redeeming];
        for (uint256 i; i < ids.length; ++i) {
            _void(ids[i]);
            assertEq(uint8(_status(ids[i])), uint8(IGPUTitleRegistry.Status.Voided));
            assertEq(registry.title(ids[i]).owner, address(0));
        }
        assertEq(registry.balanceOf(eve), 0);
    }

    function test_RevertWhen_VoidPledgedTitle() public {
        uint256 pledged = _pledged(alice, 1);
        _expectInvalidStatus(pledged, IGPUTitleRegistry.Status.Pledged);
        _void(pledged);

        vm.prank(loanManager);
        registry.startLiquidation(pledged);
        _expectInvalidStatus(pledged, IGPUTitleRegistry.Status.Liquidating);
        _void(pledged);

        assertEq(registry.ownerOf(pledged), loanManager, "the collateral stays in escrow");
        assertEq(registry.serialTitle(_serial(1)), pledged, "and keeps its serials");
    }

    function test_RevertWhen_VoidCallerNotCustodian() public {
        uint256 id = _submit(eve, 1);
        address[4] memory callers = [eve, alice, appraiser, admin];
        for (uint256 i; i < callers.length; ++i) {
            _expectUnauthorized(callers[i], registry.CUSTODIAN_ROLE());
            vm.prank(callers[i]);
            registry.voidTitle(id, REASON);
        }
        assertEq(registry.ownerOf(id), eve);
    }

    function test_RevertWhen_VoidReasonNone() public {
        uint256 id = _submit(eve, 1);
        vm.expectRevert(IGPUTitleRegistry.InvalidRejectionReason.selector);
        vm.prank(custodian);
        registry.voidTitle(id, IGPUTitleRegistry.RejectionReason.None);
    }

    function test_RevertWhen_VoidBurnedOrUnknownTitle() public {
        uint256 voided = _submit(eve, 1);
        _void(voided);
        _expectInvalidStatus(voided, IGPUTitleRegistry.Status.Voided);
        _void(voided);

        uint256 withdrawn = _submit(alice, 100);
        vm.prank(alice);
        registry.withdraw(withdrawn);
        _expectInvalidStatus(withdrawn, IGPUTitleRegistry.Status.Withdrawn);
        _void(withdrawn);

        vm.expectRevert(abi.encodeWithSelector(IGPUTitleRegistry.TitleNotFound.selector, 99));
        _void(99);
    }

    function test_RevertWhen_VoidedTitleUsed() public {
        uint256 id = _submit(eve, 1);
        _void(id);
        vm.expectRevert(bytes4(keccak256("TokenDoesNotExist()")));
        registry.ownerOf(id);
        vm.expectRevert(abi.encodeWithSelector(IGPUTitleRegistry.NotTitleHolder.selector, id, eve, address(0)));
        vm.prank(eve);
        registry.withdraw(id);
        _expectInvalidStatus(id, IGPUTitleRegistry.Status.Voided);
        vm.prank(appraiser);
        registry.appraise(id, 1e18, uint40(block.timestamp + 1 days), keccak256("report"));
    }
}
