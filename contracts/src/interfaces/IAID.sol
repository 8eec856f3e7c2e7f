// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Permit.sol";

/// @title AID, the protocol's synthetic dollar
/// @notice An ERC-20 with 18 decimals and ERC-2612 permit. Only the minter can create or destroy AID;
/// the minter is fixed at construction and can never change.
/// @dev The savings vault (sAID) is fixed at construction too and may move AID with `savingsPull` without an
/// allowance, so staking needs no approval (Liquity's BOLD gives its Stability Pool the same right with
/// `sendToPool`). The vault only ever pulls AID from the account that calls it (its depositor, the loan manager
/// repaying, the minter paying yield).
interface IAID is IERC20, IERC20Permit {
    /// @notice The caller is not the minter.
    /// @param caller The account that tried to mint or burn.
    /// @param minter The only account allowed to.
    error CallerNotMinter(address caller, address minter);

    /// @notice The caller is not the savings vault.
    /// @param caller The account that tried to pull.
    /// @param savings The only account allowed to.
    error CallerNotSavings(address caller, address savings);

    /// @notice The address allowed to mint and burn AID.
    function minter() external view returns (address);

    /// @notice The savings vault (sAID), the only caller of `savingsPull`.
    function savings() external view returns (address);

    /// @notice Savings vault only: moves `amount` AID from `from` to `to` without an allowance (the vault passes its
    /// own caller as `from`), and returns `to`'s new balance, which the vault uses as its idle liquidity.
    /// @return toBalance `to`'s balance after the transfer.
    function savingsPull(address from, address to, uint256 amount) external returns (uint256 toBalance);

    /// @notice Creates `amount` AID (18 decimals) for `to`. Minter only.
    /// @return newTotalSupply The total supply after the mint, so the minter can check its cap without another call.
    function mint(address to, uint256 amount) external returns (uint256 newTotalSupply);

    /// @notice Destroys `amount` AID held by `from`. Minter only; the minter burns only what a caller redeems.
    function burn(address from, uint256 amount) external;
}
