// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ERC721} from "solady/tokens/ERC721.sol";

/// @notice An unremarkable ERC-721 (Solady, the base the registry uses) with an open sequential mint: the baseline
/// the title registry's gas figures are compared with.
contract PlainERC721 is ERC721 {
    uint256 public lastId;

    function mint() external returns (uint256 id) {
        id = ++lastId;
        _mint(msg.sender, id);
    }

    function name() public pure override returns (string memory) {
        return "Plain";
    }

    function symbol() public pure override returns (string memory) {
        return "PLAIN";
    }

    function tokenURI(uint256) public pure override returns (string memory) {
        return "";
    }
}
