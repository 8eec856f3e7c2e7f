// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {AIDMinter} from "../../../src/AIDMinter.sol";
import {IAID} from "../../../src/interfaces/IAID.sol";
import {MockUSDC} from "../../../src/mocks/MockUSDC.sol";
import {Defaults} from "../../utils/Defaults.sol";
import {CommonBase} from "forge-std/Base.sol";
import {StdCheats} from "forge-std/StdCheats.sol";
import {StdUtils} from "forge-std/StdUtils.sol";

/// @title MinterHandler
/// @notice Drives the minter with bounded, always-valid actions by a fixed set of actors, and keeps ghost
/// accounts of every USDC and AID movement. It never reverts: inputs are bounded and impossible actions skipped.
contract MinterHandler is CommonBase, StdCheats, StdUtils {
    AIDMinter public immutable minter;
    MockUSDC public immutable usdc;
    IAID public immutable aid;

    address[] internal _actors;

    /// @dev USDC paid into the minter by `mint`.
    uint256 public ghostUsdcIn;
    /// @dev USDC paid out of the minter by `redeem`.
    uint256 public ghostUsdcOut;
    /// @dev USDC sent straight to the minter, outside `mint`.
    uint256 public ghostUsdcDonated;
    /// @dev AID created by `mint` and destroyed by `redeem`.
    uint256 public ghostAidMinted;
    uint256 public ghostAidBurned;
    /// @dev AID burned by `redeem` beyond what it paid for (the sub-unit remainders).
    uint256 public ghostAidDust;

    /// @dev Calls made and calls skipped, by action name, for debugging a failing run.
    mapping(string action => uint256 count) public calls;
    mapping(string action => uint256 count) public skips;

    constructor(AIDMinter minter_, MockUSDC usdc_, address[] memory actors_) {
        minter = minter_;
        usdc = usdc_;
        aid = minter_.aid();
        _actors = actors_;
    }

    function actors() external view returns (address[] memory) {
        return _actors;
    }

    /*//////////////////////////////////////////////////////////////
                                ACTIONS
    //////////////////////////////////////////////////////////////*/

    function mint(uint256 actorSeed, uint256 receiverSeed, uint256 usdcAmount) external {
        address actor = _actor(actorSeed);
        address receiver = _actor(receiverSeed);
        usdcAmount = bound(usdcAmount, 1, usdc.FAUCET_LIMIT());
        _topUp(actor, usdcAmount);

        vm.startPrank(actor);
        usdc.approve(address(minter), usdcAmount);
        uint256 aidOut = minter.mint(usdcAmount, receiver);
        vm.stopPrank();

        ghostUsdcIn += usdcAmount;
        ghostAidMinted += aidOut;
        calls["mint"]++;
    }

    function redeem(uint256 actorSeed, uint256 receiverSeed, uint256 aidAmount) external {
        address actor = _actor(actorSeed);
        uint256 balance = aid.balanceOf(actor);
        if (balance < Defaults.USDC_TO_AID) {
            skips["redeem"]++;
            return;
        }
        _redeem(actor, _actor(receiverSeed), bound(aidAmount, Defaults.USDC_TO_AID, balance));
        calls["redeem"]++;
    }

    function redeemAll(uint256 actorSeed, uint256 receiverSeed) external {
        address actor = _actor(actorSeed);
        uint256 balance = aid.balanceOf(actor);
        if (balance < Defaults.USDC_TO_AID) {
            skips["redeemAll"]++;
            return;
        }
        _redeem(actor, _actor(receiverSeed), balance);
        calls["redeemAll"]++;
    }

    function transfer(uint256 fromSeed, uint256 toSeed, uint256 aidAmount) external {
        address from = _actor(fromSeed);
        uint256 balance = aid.balanceOf(from);
        if (balance == 0) {
            skips["transfer"]++;
            return;
        }
        vm.prank(from);
        aid.transfer(_actor(toSeed), bound(aidAmount, 1, balance));
        calls["transfer"]++;
    }

    function donateUsdc(uint256 actorSeed, uint256 usdcAmount) external {
        address actor = _actor(actorSeed);
        usdcAmount = bound(usdcAmount, 1, Defaults.MINT_USDC);
        _topUp(actor, usdcAmount);
        vm.prank(actor);
        usdc.transfer(address(minter), usdcAmount);
        ghostUsdcDonated += usdcAmount;
        calls["donateUsdc"]++;
    }

    /*//////////////////////////////////////////////////////////////
                                HELPERS
    //////////////////////////////////////////////////////////////*/

    function _redeem(address actor, address receiver, uint256 aidAmount) internal {
        vm.prank(actor);
        uint256 usdcOut = minter.redeem(aidAmount, receiver);
        ghostUsdcOut += usdcOut;
        ghostAidBurned += aidAmount;
        ghostAidDust += aidAmount - usdcOut * Defaults.USDC_TO_AID;
    }

    function _actor(uint256 seed) internal view returns (address) {
        return _actors[seed % _actors.length];
    }

    /// @dev Tops `actor` up from the faucet so it holds at least `usdcAmount` (never above the faucet limit).
    function _topUp(address actor, uint256 usdcAmount) internal {
        uint256 balance = usdc.balanceOf(actor);
        if (balance < usdcAmount) usdc.faucet(actor, usdcAmount - balance);
    }
}
