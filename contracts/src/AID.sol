// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IAID} from "./interfaces/IAID.sol";
import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {ERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Permit.sol";
import {IERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Permit.sol";

/// @title AID
/// @notice The synthetic dollar. Supply changes only through the immutable minter.
contract AID is ERC20, ERC20Permit, IAID {
    /// @inheritdoc IAID
    address public immutable minter;

    constructor(address minter_) ERC20("AID Dollar", "AID") ERC20Permit("AID Dollar") {
        minter = minter_;
    }

    modifier onlyMinter() {
        if (msg.sender != minter) revert CallerNotMinter(msg.sender, minter);
        _;
    }

    /// @inheritdoc IAID
    function mint(address to, uint256 amount) external onlyMinter {
        _mint(to, amount);
    }

    /// @inheritdoc IAID
    function burn(address from, uint256 amount) external onlyMinter {
        _burn(from, amount);
    }

    function nonces(address owner) public view override(ERC20Permit, IERC20Permit) returns (uint256) {
        return super.nonces(owner);
    }
}
