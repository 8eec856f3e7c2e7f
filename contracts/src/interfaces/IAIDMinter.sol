// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IAID} from "./IAID.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";

/// @title AID minter (peg stability module)
/// @notice Mints AID 1:1 for USDC and redeems AID 1:1 for USDC, scaling 6 decimals to 18.
/// Permissionless: anyone may mint or redeem. Rounding always favours the reserve.
interface IAIDMinter {
    /// @notice The amount is zero.
    error ZeroAmount();

    /// @notice Tokens cannot be sent to this receiver (the zero address, the minter or the AID token),
    /// where they would be lost.
    error InvalidReceiver(address receiver);

    /// @notice The AID amount is worth less than one unit of USDC (1e12 AID wei), so it would redeem for nothing.
    /// @param aidAmount The AID amount asked for (18 decimals).
    /// @param minimum The smallest AID amount that redeems for at least one USDC unit.
    error RedeemAmountTooSmall(uint256 aidAmount, uint256 minimum);

    /// @notice The USDC amount is so large that its AID equivalent would overflow.
    /// @param usdcAmount The USDC amount asked for (6 decimals).
    /// @param maximum The largest USDC amount that can be converted.
    error AmountTooLarge(uint256 usdcAmount, uint256 maximum);

    /// @notice USDC arrived short of the amount sent (a fee-on-transfer token is not supported).
    /// @param expected The USDC amount that should have arrived.
    /// @param received The USDC amount that did arrive.
    error UsdcReceivedMismatch(uint256 expected, uint256 received);

    /// @notice The reserve holds less USDC than the redemption pays out.
    /// @param requested The USDC the redemption would pay.
    /// @param available The USDC the reserve holds.
    error InsufficientReserve(uint256 requested, uint256 available);

    /// @notice AID was minted for USDC.
    event Minted(address indexed caller, address indexed receiver, uint256 usdcIn, uint256 aidOut);

    /// @notice AID was redeemed for USDC.
    event Redeemed(address indexed caller, address indexed receiver, uint256 aidIn, uint256 usdcOut);

    /// @notice The AID token this minter controls.
    function aid() external view returns (IAID);

    /// @notice The USDC token held in reserve.
    function usdc() external view returns (IERC20);

    /// @notice The USDC held in reserve (6 decimals).
    function reserveUsdc() external view returns (uint256);

    /// @notice AID out for `usdcAmount` USDC in.
    function previewMint(uint256 usdcAmount) external view returns (uint256 aidAmount);

    /// @notice USDC out for `aidAmount` AID in, rounded down (in the reserve's favour).
    function previewRedeem(uint256 aidAmount) external view returns (uint256 usdcAmount);

    /// @notice Pulls `usdcAmount` USDC (6 decimals) from the caller and mints the same value in AID to `receiver`.
    /// @dev Needs a USDC allowance of at least `usdcAmount` for this contract.
    /// @return aidAmount The AID minted (18 decimals).
    function mint(uint256 usdcAmount, address receiver) external returns (uint256 aidAmount);

    /// @notice Burns `aidAmount` AID from the caller and sends its USDC value, rounded down, to `receiver`.
    /// @dev No AID allowance is needed: the minter burns the caller's own AID. AID below one USDC unit
    /// (the remainder of `aidAmount` modulo 1e12) is burned with the rest and stays in the reserve as surplus.
    /// @return usdcAmount The USDC sent (6 decimals).
    function redeem(uint256 aidAmount, address receiver) external returns (uint256 usdcAmount);
}
