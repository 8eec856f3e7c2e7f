// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {GPUTitleRegistry} from "../../src/GPUTitleRegistry.sol";
import {IGPUTitleRegistry} from "../../src/interfaces/IGPUTitleRegistry.sol";
import {TitleDefaults as D} from "./TitleDefaults.sol";
import {Test} from "forge-std/Test.sol";

/// @title TitleBase_Test
/// @notice Deploys the GPU title registry with named actors: an admin holding the default admin role, an appraiser,
/// a custodian, a loan manager (an account standing in for the loans contract), borrowers alice and bob, an attacker
/// eve, an auction buyer and a recovery address. Lists five models at 20% a year.
abstract contract TitleBase_Test is Test {
    GPUTitleRegistry internal registry;

    address internal admin;
    address internal appraiser;
    address internal custodian;
    address internal loanManager;
    address internal alice;
    address internal bob;
    address internal eve;
    address internal buyer;
    address internal recovery;

    function setUp() public virtual {
        vm.warp(D.START);
        admin = makeAddr("admin");
        appraiser = makeAddr("appraiser");
        custodian = makeAddr("custodian");
        loanManager = makeAddr("loanManager");
        alice = makeAddr("alice");
        bob = makeAddr("bob");
        eve = makeAddr("eve");
        buyer = makeAddr("buyer");
        recovery = makeAddr("recovery");

        registry = new GPUTitleRegistry(admin);
        vm.label(address(registry), "GPUTitleRegistry");
        vm.startPrank(admin);
        registry.grantRole(registry.APPRAISER_ROLE(), appraiser);
        registry.grantRole(registry.CUSTODIAN_ROLE(), custodian);
        registry.setLoanManager(loanManager);
        registry.addModel("H100", D.RATE_BPS);
        registry.addModel("H200", D.RATE_BPS);
        registry.addModel("B200", D.RATE_BPS);
        registry.addModel("GB200", D.RATE_BPS);
        registry.addModel("RTX PRO 6000", D.RATE_BPS);
        vm.stopPrank();
    }

    /*//////////////////////////////////////////////////////////////
                                 INPUTS
    //////////////////////////////////////////////////////////////*/

    /// @dev `count` sorted serials "SN" followed by the six-digit numbers `first`, `first + 1`, ...
    function _serials(uint256 count, uint256 first) internal pure returns (bytes32[] memory serials) {
        serials = new bytes32[](count);
        for (uint256 i; i < count; ++i) {
            serials[i] = _serial(first + i);
        }
    }

    /// @dev "SN" and `n` on six digits (n < 1e6), packed.
    function _serial(uint256 n) internal pure returns (bytes32) {
        bytes memory s = bytes("SN000000");
        for (uint256 i; i < 6; ++i) {
            s[7 - i] = bytes1(uint8(0x30 + (n / 10 ** i) % 10));
        }
        return bytes32(s);
    }

    function _insurance() internal view returns (IGPUTitleRegistry.Insurance memory) {
        return IGPUTitleRegistry.Insurance({
            insurer: D.INSURER,
            policyId: D.POLICY_ID,
            coverage: D.COVERAGE,
            expiry: uint40(block.timestamp + D.INSURANCE_TERM)
        });
    }

    /// @dev The default listing: eight H100s with serials from `firstSerial`.
    function _input(uint256 firstSerial) internal view returns (IGPUTitleRegistry.TitleInput memory) {
        return _input(D.GPU_COUNT, firstSerial);
    }

    function _input(uint16 count, uint256 firstSerial) internal view returns (IGPUTitleRegistry.TitleInput memory) {
        return IGPUTitleRegistry.TitleInput({
            modelId: D.H100,
            gpuCount: count,
            serials: _serials(count, firstSerial),
            dataCenter: D.DATA_CENTER,
            dataCenterTier: D.TIER,
            purchasePrice: D.PURCHASE_PRICE,
            purchaseDate: uint40(block.timestamp - D.PURCHASE_AGE),
            insurance: _insurance()
        });
    }

    /*//////////////////////////////////////////////////////////////
                                 ACTIONS
    //////////////////////////////////////////////////////////////*/

    function _submit(address owner, uint256 firstSerial) internal returns (uint256 titleId) {
        vm.prank(owner);
        titleId = registry.submit(_input(firstSerial));
    }

    function _appraise(uint256 titleId) internal {
        vm.prank(appraiser);
        registry.appraise(titleId, D.APPRAISED_VALUE, uint40(block.timestamp + D.APPRAISAL_VALIDITY), D.REPORT_HASH);
    }

    /// @dev A title owned by `owner`, appraised.
    function _appraised(address owner, uint256 firstSerial) internal returns (uint256 titleId) {
        titleId = _submit(owner, firstSerial);
        _appraise(titleId);
    }

    /// @dev The loan manager pledges the title for its owner (no approval is needed).
    function _pledge(uint256 titleId) internal returns (uint256 value) {
        address owner = registry.ownerOf(titleId);
        vm.prank(loanManager);
        (value,,) = registry.pledge(titleId, owner);
    }

    /// @dev A title owned by `owner`, appraised and pledged.
    function _pledged(address owner, uint256 firstSerial) internal returns (uint256 titleId) {
        titleId = _appraised(owner, firstSerial);
        _pledge(titleId);
    }

    function _status(uint256 titleId) internal view returns (IGPUTitleRegistry.Status) {
        return registry.statusOf(titleId);
    }

    function _expectInvalidStatus(uint256 titleId, IGPUTitleRegistry.Status status) internal {
        vm.expectRevert(abi.encodeWithSelector(IGPUTitleRegistry.InvalidStatus.selector, titleId, status));
    }

    function _expectUnauthorized(address account, bytes32 role) internal {
        vm.expectRevert(
            abi.encodeWithSelector(
                bytes4(keccak256("AccessControlUnauthorizedAccount(address,bytes32)")), account, role
            )
        );
    }
}
