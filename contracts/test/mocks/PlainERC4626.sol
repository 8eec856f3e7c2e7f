// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {ERC4626} from "@openzeppelin/contracts/token/ERC20/extensions/ERC4626.sol";

/// @title PlainERC4626
/// @notice A plain OpenZeppelin ERC-4626 over any token, standing in for the T-bill vault of minters whose reserve
/// token is a test double (fee-on-transfer, reentrant).
contract PlainERC4626 is ERC4626 {
    constructor(IERC20 asset_) ERC20("Plain vault", "PLAIN") ERC4626(asset_) {}
}
