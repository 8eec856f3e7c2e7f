// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {GPUTitleRegistry} from "../../../src/GPUTitleRegistry.sol";
import {IGPUTitleRegistry} from "../../../src/interfaces/IGPUTitleRegistry.sol";
import {TitleBase_Test} from "../../utils/TitleBase.t.sol";
import {TitleDefaults as D} from "../../utils/TitleDefaults.sol";
import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";

/// @notice Constructor, the model allow-list, the loan manager setter and role management.
contract AdminAndRoles_Unit_Test is TitleBase_Test {
    bytes32 internal constant DEFAULT_ADMIN_ROLE = 0x00;

    /*//////////////////////////////////////////////////////////////
                              CONSTRUCTOR
    //////////////////////////////////////////////////////////////*/

    function test_Constructor_SetsAdminAndRenderer() public {
        GPUTitleRegistry fresh = new GPUTitleRegistry(admin);
        assertTrue(fresh.hasRole(DEFAULT_ADMIN_ROLE, admin));
        assertEq(fresh.adminCount(), 1);
        assertGt(address(fresh.renderer()).code.length, 0);
        assertEq(fresh.name(), "AID GPU Title");
        assertEq(fresh.symbol(), "GPUT");
        assertEq(fresh.lastTitleId(), 0);
        assertEq(fresh.modelCount(), 0);
        assertEq(fresh.loanManager(), address(0));
    }

    function test_RevertWhen_ConstructorAdminZero() public {
        vm.expectRevert(IGPUTitleRegistry.ZeroAddress.selector);
        new GPUTitleRegistry(address(0));
    }

    function test_SupportsInterface() public view {
        assertTrue(registry.supportsInterface(0x01ffc9a7), "ERC-165");
        assertTrue(registry.supportsInterface(0x80ac58cd), "ERC-721");
        assertTrue(registry.supportsInterface(0x5b5e139f), "ERC-721 metadata");
        assertTrue(registry.supportsInterface(type(IAccessControl).interfaceId), "AccessControl");
        assertFalse(registry.supportsInterface(0xffffffff));
    }

    function test_Constants() public view {
        assertEq(registry.DEFAULT_DEPRECIATION_BPS(), 2000);
        assertEq(registry.MIN_DEPRECIATION_BPS(), 100);
        assertEq(registry.MAX_DEPRECIATION_BPS(), 10_000);
        assertLe(registry.MAX_USD_VALUE(), type(uint96).max, "fits the packed record");
        assertEq(registry.MAX_GPUS_PER_TITLE(), 256);
    }

    /*//////////////////////////////////////////////////////////////
                                 MODELS
    //////////////////////////////////////////////////////////////*/

    function test_AddModel_ListsModel() public {
        vm.expectEmit(address(registry));
        emit IGPUTitleRegistry.ModelAdded(6, "MI300X", 2500);
        vm.prank(admin);
        uint8 id = registry.addModel("MI300X", 2500);
        assertEq(id, 6);
        assertEq(registry.modelCount(), 6);
        IGPUTitleRegistry.Model memory m = registry.model(6);
        assertEq(m.name, "MI300X");
        assertEq(m.depreciationBps, 2500);
        assertTrue(m.allowed);
    }

    function test_Models_ReturnsWholeList() public view {
        IGPUTitleRegistry.Model[] memory list = registry.models();
        assertEq(list.length, 5);
        assertEq(list[0].name, "H100");
        assertEq(list[4].name, "RTX PRO 6000");
        assertEq(list[4].depreciationBps, D.RATE_BPS);
    }

    function test_RevertWhen_AddModelNotAdmin() public {
        _expectUnauthorized(eve, DEFAULT_ADMIN_ROLE);
        vm.prank(eve);
        registry.addModel("X", 2000);
        _expectUnauthorized(appraiser, DEFAULT_ADMIN_ROLE);
        vm.prank(appraiser);
        registry.addModel("X", 2000);
    }

    function test_RevertWhen_AddModelDuplicate() public {
        vm.expectRevert(abi.encodeWithSelector(IGPUTitleRegistry.ModelAlreadyListed.selector, "H100", 1));
        vm.prank(admin);
        registry.addModel("H100", 2000);
    }

    function test_RevertWhen_AddModelNameInvalid() public {
        vm.expectRevert(
            abi.encodeWithSelector(IGPUTitleRegistry.InvalidText.selector, IGPUTitleRegistry.TextField.ModelName, "")
        );
        vm.prank(admin);
        registry.addModel("", 2000);
    }

    function test_RevertWhen_AddModelRateOutOfBounds() public {
        vm.expectRevert(abi.encodeWithSelector(IGPUTitleRegistry.DepreciationRateOutOfBounds.selector, 99, 100, 10_000));
        vm.prank(admin);
        registry.addModel("X", 99);
        vm.expectRevert(
            abi.encodeWithSelector(IGPUTitleRegistry.DepreciationRateOutOfBounds.selector, 10_001, 100, 10_000)
        );
        vm.prank(admin);
        registry.addModel("X", 10_001);
    }

    function test_RevertWhen_AddModelListFull() public {
        vm.startPrank(admin);
        for (uint256 i = 6; i <= 255; ++i) {
            registry.addModel(vm.toString(i), 2000);
        }
        vm.expectRevert(abi.encodeWithSelector(IGPUTitleRegistry.TooManyModels.selector, 255));
        registry.addModel("one too many", 2000);
        vm.stopPrank();
    }

    function test_SetModel_ChangesRateAndFlag() public {
        vm.expectEmit(address(registry));
        emit IGPUTitleRegistry.ModelUpdated(D.B200, 3000, false);
        vm.prank(admin);
        registry.setModel(D.B200, 3000, false);
        IGPUTitleRegistry.Model memory m = registry.model(D.B200);
        assertEq(m.depreciationBps, 3000);
        assertFalse(m.allowed);
        assertEq(m.name, "B200");
    }

    function test_RevertWhen_SetModelNotAdmin() public {
        _expectUnauthorized(eve, DEFAULT_ADMIN_ROLE);
        vm.prank(eve);
        registry.setModel(D.H100, 2000, false);
    }

    function test_RevertWhen_SetModelUnknown() public {
        vm.expectRevert(abi.encodeWithSelector(IGPUTitleRegistry.ModelNotAllowed.selector, 6));
        vm.prank(admin);
        registry.setModel(6, 2000, true);
        vm.expectRevert(abi.encodeWithSelector(IGPUTitleRegistry.ModelNotAllowed.selector, 0));
        vm.prank(admin);
        registry.setModel(0, 2000, true);
    }

    function test_RevertWhen_SetModelRateOutOfBounds() public {
        vm.expectRevert(abi.encodeWithSelector(IGPUTitleRegistry.DepreciationRateOutOfBounds.selector, 0, 100, 10_000));
        vm.prank(admin);
        registry.setModel(D.H100, 0, true);
    }

    /*//////////////////////////////////////////////////////////////
                              LOAN MANAGER
    //////////////////////////////////////////////////////////////*/

    function test_SetLoanManager_SetsOnce() public {
        GPUTitleRegistry fresh = new GPUTitleRegistry(admin);
        address manager = makeAddr("manager");
        vm.expectEmit(address(fresh));
        emit IGPUTitleRegistry.LoanManagerSet(address(0), manager);
        vm.prank(admin);
        fresh.setLoanManager(manager);
        assertEq(fresh.loanManager(), manager);
    }

    /// @dev The loan manager pledges titles with no approval, so no admin may put another contract in its place.
    function test_RevertWhen_SetLoanManagerAgain() public {
        address next = makeAddr("next");
        vm.expectRevert(abi.encodeWithSelector(IGPUTitleRegistry.LoanManagerAlreadySet.selector, loanManager));
        vm.prank(admin);
        registry.setLoanManager(next);
        assertEq(registry.loanManager(), loanManager);
    }

    function test_RevertWhen_SetLoanManagerNotAdmin() public {
        _expectUnauthorized(loanManager, DEFAULT_ADMIN_ROLE);
        vm.prank(loanManager);
        registry.setLoanManager(eve);
    }

    function test_RevertWhen_SetLoanManagerZero() public {
        vm.expectRevert(IGPUTitleRegistry.ZeroAddress.selector);
        vm.prank(admin);
        registry.setLoanManager(address(0));
    }

    /*//////////////////////////////////////////////////////////////
                                 ROLES
    //////////////////////////////////////////////////////////////*/

    function test_GrantRole_AdminGrantsAndRevokes() public {
        bytes32 role = registry.APPRAISER_ROLE();
        vm.startPrank(admin);
        registry.grantRole(role, bob);
        assertTrue(registry.hasRole(role, bob));
        registry.revokeRole(role, bob);
        assertFalse(registry.hasRole(role, bob));
        vm.stopPrank();
    }

    function test_RevertWhen_GrantRoleNotAdmin() public {
        bytes32 role = registry.APPRAISER_ROLE();
        _expectUnauthorized(appraiser, DEFAULT_ADMIN_ROLE);
        vm.prank(appraiser);
        registry.grantRole(role, eve);
        _expectUnauthorized(eve, DEFAULT_ADMIN_ROLE);
        vm.prank(eve);
        registry.grantRole(role, eve);
    }

    function test_RevertWhen_GrantRoleToZero() public {
        bytes32 role = registry.CUSTODIAN_ROLE();
        vm.expectRevert(IGPUTitleRegistry.ZeroAddress.selector);
        vm.prank(admin);
        registry.grantRole(role, address(0));
    }

    function test_GrantRole_AdminHandsOverByGrantThenRenounce() public {
        vm.prank(admin);
        registry.grantRole(DEFAULT_ADMIN_ROLE, bob);
        assertEq(registry.adminCount(), 2);
        vm.prank(admin);
        registry.renounceRole(DEFAULT_ADMIN_ROLE, admin);
        assertEq(registry.adminCount(), 1);
        assertTrue(registry.hasRole(DEFAULT_ADMIN_ROLE, bob));
        assertFalse(registry.hasRole(DEFAULT_ADMIN_ROLE, admin));
    }

    function test_GrantRole_RepeatedGrantCountsOnce() public {
        vm.startPrank(admin);
        registry.grantRole(DEFAULT_ADMIN_ROLE, admin);
        registry.grantRole(DEFAULT_ADMIN_ROLE, bob);
        registry.grantRole(DEFAULT_ADMIN_ROLE, bob);
        vm.stopPrank();
        assertEq(registry.adminCount(), 2);
    }

    function test_RevertWhen_RevokeLastAdmin() public {
        vm.expectRevert(abi.encodeWithSelector(IGPUTitleRegistry.LastAdmin.selector, admin));
        vm.prank(admin);
        registry.revokeRole(DEFAULT_ADMIN_ROLE, admin);
        assertTrue(registry.hasRole(DEFAULT_ADMIN_ROLE, admin));
    }

    function test_RevertWhen_RenounceLastAdmin() public {
        vm.expectRevert(abi.encodeWithSelector(IGPUTitleRegistry.LastAdmin.selector, admin));
        vm.prank(admin);
        registry.renounceRole(DEFAULT_ADMIN_ROLE, admin);
        assertEq(registry.adminCount(), 1);
    }

    function test_RevokeRole_SecondAdminMayRevokeFirst() public {
        vm.prank(admin);
        registry.grantRole(DEFAULT_ADMIN_ROLE, bob);
        vm.prank(bob);
        registry.revokeRole(DEFAULT_ADMIN_ROLE, admin);
        assertFalse(registry.hasRole(DEFAULT_ADMIN_ROLE, admin));
        vm.expectRevert(abi.encodeWithSelector(IGPUTitleRegistry.LastAdmin.selector, bob));
        vm.prank(bob);
        registry.revokeRole(DEFAULT_ADMIN_ROLE, bob);
    }

    function test_RevertWhen_RenounceForSomeoneElse() public {
        bytes32 role = registry.APPRAISER_ROLE();
        vm.expectRevert(IAccessControl.AccessControlBadConfirmation.selector);
        vm.prank(eve);
        registry.renounceRole(role, appraiser);
    }

    function test_RenounceRole_AppraiserMayLeave() public {
        bytes32 role = registry.APPRAISER_ROLE();
        vm.prank(appraiser);
        registry.renounceRole(role, appraiser);
        assertFalse(registry.hasRole(role, appraiser));
    }

    function test_RolesAreIndependent() public {
        // The admin holds no operational role by default; an appraiser cannot confirm redemptions, and so on.
        uint256 id = _appraised(alice, 1);
        vm.prank(alice);
        registry.requestRedemption(id);
        _expectUnauthorized(appraiser, registry.CUSTODIAN_ROLE());
        vm.prank(appraiser);
        registry.confirmRedemption(id);
        _expectUnauthorized(custodian, registry.APPRAISER_ROLE());
        vm.prank(custodian);
        registry.appraise(id, 1e18, uint40(block.timestamp + 1 days), D.REPORT_HASH);
        _expectUnauthorized(admin, registry.APPRAISER_ROLE());
        vm.prank(admin);
        registry.reject(id, IGPUTitleRegistry.RejectionReason.Other);
    }
}
