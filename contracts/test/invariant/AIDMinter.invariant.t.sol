// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Base_Test} from "../utils/Base.t.sol";
import {Defaults} from "../utils/Defaults.sol";
import {MinterHandler} from "./handlers/MinterHandler.sol";

/// @notice The minter's promises, checked after random sequences of mints, redemptions, transfers and donations.
contract AIDMinter_Invariant_Test is Base_Test {
    MinterHandler internal handler;

    function setUp() public override {
        super.setUp();
        address[] memory actors = new address[](5);
        actors[0] = alice;
        actors[1] = bob;
        actors[2] = eve;
        actors[3] = makeAddr("carol");
        actors[4] = makeAddr("dave");
        handler = new MinterHandler(minter, usdc, actors);
        vm.label(address(handler), "MinterHandler");

        bytes4[] memory selectors = new bytes4[](5);
        selectors[0] = MinterHandler.mint.selector;
        selectors[1] = MinterHandler.redeem.selector;
        selectors[2] = MinterHandler.redeemAll.selector;
        selectors[3] = MinterHandler.transfer.selector;
        selectors[4] = MinterHandler.donateUsdc.selector;
        targetSelector(FuzzSelector({addr: address(handler), selectors: selectors}));
        targetContract(address(handler));
    }

    /// @dev Backing: the USDC reserve, scaled to 18 decimals, covers every AID in existence.
    function invariant_ReserveBacksSupply() public view {
        _assertBacked();
    }

    function invariant_SumOfBalancesEqualsSupply() public view {
        address[] memory actors = handler.actors();
        uint256 sum;
        for (uint256 i; i < actors.length; ++i) {
            sum += aid.balanceOf(actors[i]);
        }
        assertEq(sum, aid.totalSupply());
    }

    function invariant_GhostUsdcMatchesReserve() public view {
        assertEq(minter.reserveUsdc(), handler.ghostUsdcIn() + handler.ghostUsdcDonated() - handler.ghostUsdcOut());
    }

    function invariant_GhostAidMatchesSupply() public view {
        assertEq(aid.totalSupply(), handler.ghostAidMinted() - handler.ghostAidBurned());
    }

    /// @dev The reserve's surplus over supply is exactly the burned sub-unit dust plus donations: the minter never
    /// loses value to rounding, and never creates AID out of a donation.
    function invariant_SurplusEqualsDustAndDonations() public view {
        uint256 surplus = minter.reserveUsdc() * Defaults.USDC_TO_AID - aid.totalSupply();
        assertEq(surplus, handler.ghostAidDust() + handler.ghostUsdcDonated() * Defaults.USDC_TO_AID);
    }

    function invariant_MinterAndTokenHoldNoAid() public view {
        assertEq(aid.balanceOf(address(minter)), 0);
        assertEq(aid.balanceOf(address(aid)), 0);
    }
}
