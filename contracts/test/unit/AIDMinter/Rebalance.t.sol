// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IAIDMinter} from "../../../src/interfaces/IAIDMinter.sol";
import {Base_Test} from "../../utils/Base.t.sol";
import {Defaults} from "../../utils/Defaults.sol";

contract AIDMinter_Rebalance_Unit_Test is Base_Test {
    function setUp() public override {
        super.setUp();
        _mintAid(alice, Defaults.MINT_USDC);
    }

    function test_Rebalance_MovesExcessBufferToTBills() public {
        vm.expectEmit(address(minter));
        emit IAIDMinter.Rebalanced(eve, true, 800e6, 200e6);
        vm.prank(eve);
        assertEq(minter.rebalance(), 800e6);
        assertEq(minter.bufferUsdc(), 200e6);
        assertEq(minter.tBillUsdc(), 800e6);
    }

    function test_Rebalance_RefillsShortBufferFromTBills() public {
        minter.rebalance();
        vm.prank(alice);
        minter.redeem(150e18, alice); // buffer 200 -> 50
        uint256 reserve = minter.reserveUsdc();
        uint256 target = reserve * Defaults.BUFFER_TARGET_BPS / Defaults.BPS;
        vm.expectEmit(address(minter));
        emit IAIDMinter.Rebalanced(address(this), false, target - 50e6, target);
        minter.rebalance();
        assertEq(minter.bufferUsdc(), target);
    }

    function test_Rebalance_NoopOnTarget() public {
        minter.rebalance();
        assertEq(minter.rebalance(), 0);
    }

    function test_Rebalance_FollowsTargetChange() public {
        minter.rebalance();
        vm.prank(admin);
        minter.setBufferTarget(Defaults.BPS);
        minter.rebalance();
        assertEq(minter.bufferUsdc(), Defaults.MINT_USDC);
        assertEq(minter.tBillUsdc(), 0);
    }

    function test_Rebalance_KeepsBackingAndEarnsYield() public {
        minter.rebalance();
        _skip(365 days);
        assertGt(minter.reserveUsdc(), Defaults.MINT_USDC, "T-bills earned");
        minter.rebalance();
        _assertBacked();
    }

    function test_Rebalance_SkipsDustWorthLessThanOneShare() public {
        minter.rebalance();
        // One T-bill share is now worth more than one USDC unit; with a 0% target, one unit of buffer is excess.
        _skip(365 days);
        tBill.accrue();
        vm.prank(admin);
        minter.setBufferTarget(0);
        deal(address(usdc), address(minter), 1);
        assertEq(minter.rebalance(), 0, "depositing one unit would buy no share");
        assertEq(minter.bufferUsdc(), 1);
    }
}
