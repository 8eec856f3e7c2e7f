// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {AID} from "./AID.sol";
import {IAID} from "./interfaces/IAID.sol";
import {IAIDMinter} from "./interfaces/IAIDMinter.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";

/// @title AIDMinter
/// @notice The peg stability module: USDC in, AID out, and back, 1:1 after decimal scaling.
/// It deploys the AID token in its constructor and is its only minter, forever.
contract AIDMinter is IAIDMinter, ReentrancyGuardTransient {
    using SafeERC20 for IERC20;

    /// @dev USDC has 6 decimals and AID 18: one USDC unit is 1e12 AID wei.
    uint256 internal constant USDC_TO_AID = 1e12;

    /// @inheritdoc IAIDMinter
    IAID public immutable aid;
    /// @inheritdoc IAIDMinter
    IERC20 public immutable usdc;

    constructor(IERC20 usdc_) {
        usdc = usdc_;
        aid = new AID(address(this));
    }

    /// @inheritdoc IAIDMinter
    function reserveUsdc() public view returns (uint256) {
        return usdc.balanceOf(address(this));
    }

    /// @inheritdoc IAIDMinter
    function previewMint(uint256 usdcAmount) public pure returns (uint256) {
        if (usdcAmount > type(uint256).max / USDC_TO_AID) {
            revert AmountTooLarge(usdcAmount, type(uint256).max / USDC_TO_AID);
        }
        return usdcAmount * USDC_TO_AID;
    }

    /// @inheritdoc IAIDMinter
    function previewRedeem(uint256 aidAmount) public pure returns (uint256) {
        // Rounds down: the sub-unit remainder stays in the reserve.
        return aidAmount / USDC_TO_AID;
    }

    /// @inheritdoc IAIDMinter
    function mint(uint256 usdcAmount, address receiver) external nonReentrant returns (uint256 aidAmount) {
        if (usdcAmount == 0) revert ZeroAmount();
        _checkReceiver(receiver);
        aidAmount = previewMint(usdcAmount);

        // USDC is pulled before AID is minted, and the arrival is measured, so AID is never created unbacked.
        uint256 balanceBefore = usdc.balanceOf(address(this));
        usdc.safeTransferFrom(msg.sender, address(this), usdcAmount);
        uint256 received = usdc.balanceOf(address(this)) - balanceBefore;
        if (received != usdcAmount) revert UsdcReceivedMismatch(usdcAmount, received);

        aid.mint(receiver, aidAmount);
        emit Minted(msg.sender, receiver, usdcAmount, aidAmount);
    }

    /// @inheritdoc IAIDMinter
    function redeem(uint256 aidAmount, address receiver) external nonReentrant returns (uint256 usdcAmount) {
        if (aidAmount == 0) revert ZeroAmount();
        _checkReceiver(receiver);
        usdcAmount = previewRedeem(aidAmount);
        if (usdcAmount == 0) revert RedeemAmountTooSmall(aidAmount, USDC_TO_AID);
        uint256 available = usdc.balanceOf(address(this));
        if (usdcAmount > available) revert InsufficientReserve(usdcAmount, available);

        // Effects before the external transfer: the AID is destroyed first.
        aid.burn(msg.sender, aidAmount);
        emit Redeemed(msg.sender, receiver, aidAmount, usdcAmount);
        usdc.safeTransfer(receiver, usdcAmount);
    }

    function _checkReceiver(address receiver) internal view {
        if (receiver == address(0) || receiver == address(this) || receiver == address(aid)) {
            revert InvalidReceiver(receiver);
        }
    }
}
