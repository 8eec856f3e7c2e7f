// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {ERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Permit.sol";

/// @title MockUSDC: a test double of USDC for the local development chain ONLY
/// @notice 6 decimals like USDC, with an open faucet. Deployed only on the local chain (chain id 31337);
/// on any other chain the deploy script takes the real USDC address.
contract MockUSDC is ERC20, ERC20Permit {
    /// @notice The faucet never hands out more than this in one call (1,000,000 USDC).
    uint256 public constant FAUCET_LIMIT = 1_000_000e6;

    /// @notice A faucet request above the limit.
    error FaucetLimitExceeded(uint256 amount, uint256 limit);

    constructor() ERC20("Mock USDC (local test token)", "USDC") ERC20Permit("Mock USDC (local test token)") {}

    function decimals() public pure override returns (uint8) {
        return 6;
    }

    /// @notice Mints up to `FAUCET_LIMIT` mock USDC to `to`. Anyone may call: this token has no value.
    function faucet(address to, uint256 amount) external {
        if (amount > FAUCET_LIMIT) revert FaucetLimitExceeded(amount, FAUCET_LIMIT);
        _mint(to, amount);
    }
}
