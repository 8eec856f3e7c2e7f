// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";

/// @title LiquiditySilo
/// @notice Holds the savings vault's idle AID, apart from the AID the vault keeps for filled, unclaimed exit
/// requests. The vault deploys it and is the only account that can move its AID. It has no other logic.
/// @dev Why a separate holder: the vault's own AID balance is then exactly the claims pot, which empties whenever
/// every filled request has been claimed, so the last claim gets the storage refund (as Ethena's USDeSilo does for
/// its cooldowns) and the claim accounting needs no extra storage write.
contract LiquiditySilo {
    /// @notice The caller is not the vault.
    error NotVault(address caller);

    /// @notice The AID token.
    IERC20 public immutable aid;
    /// @notice The savings vault that deployed this silo.
    address public immutable vault;

    constructor(IERC20 aid_) {
        aid = aid_;
        vault = msg.sender;
    }

    /// @notice Vault only: sends `amount` AID to `to`.
    function send(address to, uint256 amount) external {
        if (msg.sender != vault) revert NotVault(msg.sender);
        // AID is the protocol's own token: it reverts on failure and returns true otherwise.
        aid.transfer(to, amount);
    }
}
