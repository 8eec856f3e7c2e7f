// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {LeanERC20} from "../../../src/tokens/LeanERC20.sol";
import {LeanERC20_Shared_Test} from "../shared/LeanERC20.shared.t.sol";

/// @notice sAID is an ordinary ERC-20 with permit (the shared tests), plus its metadata.
contract StakedAID_Token_Unit_Test is LeanERC20_Shared_Test {
    function _token() internal view override returns (LeanERC20) {
        return LeanERC20(address(vault));
    }

    function _give(address account) internal override {
        // The first deposit locks the dead shares; stake enough that `account` ends with exactly BALANCE shares.
        if (vault.totalSupply() == 0) {
            address seeder = makeAddr("seeder");
            _fundAndApprove(seeder);
            _stake(seeder, 1e18);
        }
        vm.prank(account);
        uint256 assets = vault.previewMint(BALANCE);
        _mintAid(account, assets / 1e12 + 1);
        vm.prank(account);
        vault.mint(BALANCE, account);
    }

    function test_Metadata() public view {
        assertEq(vault.name(), "Staked AID");
        assertEq(vault.symbol(), "sAID");
        assertEq(vault.decimals(), 18);
        assertEq(vault.asset(), address(aid));
        (, string memory name, string memory version,, address verifyingContract,,) = vault.eip712Domain();
        assertEq(name, "Staked AID");
        assertEq(version, "1");
        assertEq(verifyingContract, address(vault));
    }
}
