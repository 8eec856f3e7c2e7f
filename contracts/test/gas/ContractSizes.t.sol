// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {AID} from "../../src/AID.sol";
import {AIDMinter} from "../../src/AIDMinter.sol";
import {GPUTitleRegistry} from "../../src/GPUTitleRegistry.sol";
import {GPUTitleRenderer} from "../../src/GPUTitleRenderer.sol";
import {LiquiditySilo} from "../../src/LiquiditySilo.sol";
import {LoanManager} from "../../src/LoanManager.sol";
import {StakedAID} from "../../src/StakedAID.sol";
import {LoanBase_Test} from "../utils/LoanBase.t.sol";

/// @notice Every deployable contract in `contracts/src` fits the EVM's size limits, checked on the system the test
/// base deploys: runtime code at most 24,576 bytes (EIP-170) and initcode (creation code plus the ABI-encoded
/// constructor arguments) at most 49,152 bytes (EIP-3860). `forge build --sizes` cannot be the check: it also judges
/// the test handlers, which are never deployed on a real chain. The mocks in `src/mocks` are local-chain doubles and
/// are not checked.
contract ContractSizes_Test is LoanBase_Test {
    uint256 internal constant MAX_RUNTIME_SIZE = 24_576; // EIP-170
    uint256 internal constant MAX_INITCODE_SIZE = 49_152; // EIP-3860

    function test_AID_FitsSizeLimits() public view {
        _check("AID", address(aid), type(AID).creationCode.length + 2 * 32);
    }

    function test_AIDMinter_FitsSizeLimits() public view {
        _check("AIDMinter", address(minter), type(AIDMinter).creationCode.length + 5 * 32);
    }

    function test_StakedAID_FitsSizeLimits() public view {
        _check("StakedAID", address(vault), type(StakedAID).creationCode.length + 3 * 32);
    }

    function test_LiquiditySilo_FitsSizeLimits() public view {
        _check("LiquiditySilo", vault.vaultState().silo, type(LiquiditySilo).creationCode.length + 32);
    }

    function test_GPUTitleRegistry_FitsSizeLimits() public view {
        _check("GPUTitleRegistry", address(registry), type(GPUTitleRegistry).creationCode.length + 32);
    }

    function test_GPUTitleRenderer_FitsSizeLimits() public view {
        _check("GPUTitleRenderer", address(registry.renderer()), type(GPUTitleRenderer).creationCode.length);
    }

    function test_LoanManager_FitsSizeLimits() public view {
        _check("LoanManager", address(loans), type(LoanManager).creationCode.length + 5 * 32);
    }

    /// @dev `initcodeSize` is the creation code plus one 32-byte word per (static) constructor argument.
    function _check(string memory name, address deployed, uint256 initcodeSize) internal view {
        uint256 runtimeSize = deployed.code.length;
        assertGt(runtimeSize, 0, string.concat(name, ": not deployed"));
        assertLe(
            runtimeSize,
            MAX_RUNTIME_SIZE,
            string.concat(name, ": runtime code of ", vm.toString(runtimeSize), " bytes exceeds EIP-170's 24,576")
        );
        assertLe(
            initcodeSize,
            MAX_INITCODE_SIZE,
            string.concat(name, ": initcode of ", vm.toString(initcodeSize), " bytes exceeds EIP-3860's 49,152")
        );
    }
}
