// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Permit.sol";

/// @title AID, the protocol's synthetic dollar
/// @notice An ERC-20 with 18 decimals and ERC-2612 permit. Only the minter can create or destroy AID;
/// the minter is fixed at construction and can never change.
interface IAID is IERC20, IERC20Permit {
    /// @notice The caller is not the minter.
    /// @param caller The account that tried to mint or burn.
    /// @param minter The only account allowed to.
    error CallerNotMinter(address caller, address minter);

    /// @notice The address allowed to mint and burn AID.
    function minter() external view returns (address);

    /// @notice Creates `amount` AID (18 decimals) for `to`. Minter only.
    function mint(address to, uint256 amount) external;

    /// @notice Destroys `amount` AID held by `from`. Minter only; the minter burns only what a caller redeems.
    function burn(address from, uint256 amount) external;
}
