// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";

/// @title FeeOnTransferToken
/// @notice A 6-decimal token that burns a fee out of every transfer, so the recipient gets less than was sent.
/// The minter must refuse it as a reserve token (it does, with `UsdcReceivedMismatch`).
contract FeeOnTransferToken is ERC20 {
    uint256 internal constant BPS = 10_000;

    /// @notice The fee taken from each transfer, in basis points.
    uint256 public immutable feeBps;

    constructor(uint256 feeBps_) ERC20("Fee-on-transfer USDC", "FOT") {
        feeBps = feeBps_;
    }

    function decimals() public pure override returns (uint8) {
        return 6;
    }

    function mint(address to, uint256 amount) external {
        _mint(to, amount);
    }

    function _update(address from, address to, uint256 value) internal override {
        if (from == address(0) || to == address(0)) {
            super._update(from, to, value);
            return;
        }
        uint256 fee = value * feeBps / BPS;
        super._update(from, address(0), fee);
        super._update(from, to, value - fee);
    }
}
