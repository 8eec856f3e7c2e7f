// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IAID} from "./interfaces/IAID.sol";
import {LeanERC20} from "./tokens/LeanERC20.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Permit.sol";

/// @title AID
/// @notice The synthetic dollar. Supply changes only through the immutable minter.
contract AID is LeanERC20, IAID {
    /// @inheritdoc IAID
    address public immutable minter;
    /// @inheritdoc IAID
    address public immutable savings;

    uint256 private _totalSupply;

    constructor(address minter_, address savings_) LeanERC20("AID Dollar", "AID") {
        minter = minter_;
        savings = savings_;
    }

    modifier onlyMinter() {
        if (msg.sender != minter) revert CallerNotMinter(msg.sender, minter);
        _;
    }

    function totalSupply() public view override(IERC20, LeanERC20) returns (uint256) {
        return _totalSupply;
    }

    /// @inheritdoc IAID
    function mint(address to, uint256 amount) external onlyMinter returns (uint256 newTotalSupply) {
        // The minter has already refused the zero address and its own addresses as receivers.
        // Checked: an overflow reverts. The minter caps the supply far below 2^256 anyway.
        newTotalSupply = _totalSupply + amount;
        _totalSupply = newTotalSupply;
        _credit(to, amount);
    }

    /// @inheritdoc IAID
    function burn(address from, uint256 amount) external onlyMinter {
        _debit(from, amount);
        // Cannot underflow: `from`'s balance, just debited, is part of the supply.
        unchecked {
            _totalSupply -= amount;
        }
    }

    /// @inheritdoc IAID
    function savingsPull(address from, address to, uint256 amount) external returns (uint256 toBalance) {
        if (msg.sender != savings) revert CallerNotSavings(msg.sender, savings);
        toBalance = _transfer(from, to, amount);
    }

    function nonces(address owner) public view override(LeanERC20, IERC20Permit) returns (uint256) {
        return super.nonces(owner);
    }
}
