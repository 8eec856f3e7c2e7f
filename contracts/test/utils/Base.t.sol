// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {AIDMinter} from "../../src/AIDMinter.sol";
import {IAID} from "../../src/interfaces/IAID.sol";
import {MockUSDC} from "../../src/mocks/MockUSDC.sol";
import {Defaults} from "./Defaults.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {Test} from "forge-std/Test.sol";

/// @title Base_Test
/// @notice Deploys the whole system (MockUSDC, AIDMinter, and the AID token the minter deploys) with named,
/// funded actors. Every actor has approved the minter for all of its USDC, as a front end's "approve max" would.
abstract contract Base_Test is Test {
    MockUSDC internal usdc;
    AIDMinter internal minter;
    IAID internal aid;

    address internal alice;
    uint256 internal alicePk;
    address internal bob;
    address internal eve;

    function setUp() public virtual {
        usdc = new MockUSDC();
        minter = new AIDMinter(IERC20(address(usdc)));
        aid = minter.aid();
        vm.label(address(usdc), "MockUSDC");
        vm.label(address(minter), "AIDMinter");
        vm.label(address(aid), "AID");

        (alice, alicePk) = makeAddrAndKey("alice");
        bob = makeAddr("bob");
        eve = makeAddr("eve");

        _fundAndApprove(alice);
        _fundAndApprove(bob);
        _fundAndApprove(eve);
    }

    /// @dev Gives `actor` the starting USDC from the faucet and approves the minter for an unlimited amount.
    function _fundAndApprove(address actor) internal {
        usdc.faucet(actor, Defaults.STARTING_USDC);
        vm.prank(actor);
        usdc.approve(address(minter), type(uint256).max);
    }

    /// @dev `actor` mints AID for itself with `usdcAmount` USDC.
    function _mintAid(address actor, uint256 usdcAmount) internal returns (uint256 aidAmount) {
        vm.prank(actor);
        aidAmount = minter.mint(usdcAmount, actor);
    }

    /// @dev The promise the minter makes: the USDC it holds, scaled to 18 decimals, covers every AID in existence.
    function _assertBacked() internal view {
        assertGe(usdc.balanceOf(address(minter)) * Defaults.USDC_TO_AID, aid.totalSupply(), "reserve below supply");
    }
}
