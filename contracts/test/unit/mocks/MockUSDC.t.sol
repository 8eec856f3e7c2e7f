// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {MockUSDC} from "../../../src/mocks/MockUSDC.sol";
import {Base_Test} from "../../utils/Base.t.sol";
import {Defaults} from "../../utils/Defaults.sol";

contract MockUSDC_Unit_Test is Base_Test {
    function test_Decimals_Returns6() public view {
        assertEq(usdc.decimals(), 6);
        assertEq(usdc.symbol(), "USDC");
    }

    function test_Faucet_MintsUpToLimit() public {
        address fresh = makeAddr("fresh");
        uint256 limit = usdc.FAUCET_LIMIT();
        assertEq(limit, Defaults.STARTING_USDC);
        vm.prank(fresh);
        usdc.faucet(fresh, limit);
        assertEq(usdc.balanceOf(fresh), limit);
    }

    function test_RevertWhen_FaucetAboveLimit() public {
        uint256 limit = usdc.FAUCET_LIMIT();
        vm.expectRevert(abi.encodeWithSelector(MockUSDC.FaucetLimitExceeded.selector, limit + 1, limit));
        usdc.faucet(alice, limit + 1);
    }
}
