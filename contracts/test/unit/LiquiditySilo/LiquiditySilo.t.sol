// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {LiquiditySilo} from "../../../src/LiquiditySilo.sol";
import {Base_Test} from "../../utils/Base.t.sol";
import {Defaults} from "../../utils/Defaults.sol";

contract LiquiditySilo_Unit_Test is Base_Test {
    LiquiditySilo internal silo;

    function setUp() public override {
        super.setUp();
        silo = LiquiditySilo(vault.vaultState().silo);
        _stake(alice, Defaults.STAKE_AID);
    }

    function test_Constructor_BelongsToTheVault() public view {
        assertEq(silo.vault(), address(vault));
        assertEq(address(silo.aid()), address(aid));
        assertEq(aid.balanceOf(address(silo)), Defaults.STAKE_AID);
    }

    function test_Send_ByVault() public {
        vm.prank(address(vault));
        silo.send(bob, 1e18);
        assertEq(aid.balanceOf(bob), 1e18);
    }

    function testFuzz_RevertWhen_SendNotVault(address caller) public {
        vm.assume(caller != address(vault));
        vm.expectRevert(abi.encodeWithSelector(LiquiditySilo.NotVault.selector, caller));
        vm.prank(caller);
        silo.send(caller, 1);
    }
}
