// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IGPUTitleRegistry} from "../../../src/interfaces/IGPUTitleRegistry.sol";
import {TitleMetadata} from "../../../src/libraries/TitleMetadata.sol";
import {TitleBase_Test} from "../../utils/TitleBase.t.sol";
import {TitleDefaults as D} from "../../utils/TitleDefaults.sol";
import {Base64} from "solady/utils/Base64.sol";
import {LibString} from "solady/utils/LibString.sol";

/// @notice The on-chain metadata: base64 JSON with every typed field, and a base64 SVG certificate.
contract TokenURI_Unit_Test is TitleBase_Test {
    string internal constant JSON_PREFIX = "data:application/json;base64,";
    string internal constant SVG_PREFIX = "data:image/svg+xml;base64,";

    uint256 internal id;

    function setUp() public override {
        super.setUp();
        id = _appraised(alice, 1);
    }

    function _json(uint256 titleId) internal view returns (string memory) {
        string memory uri = registry.tokenURI(titleId);
        assertTrue(LibString.startsWith(uri, JSON_PREFIX), "json data URI");
        return string(Base64.decode(LibString.slice(uri, bytes(JSON_PREFIX).length)));
    }

    function _svg(string memory json) internal pure returns (string memory) {
        string memory image = vm.parseJsonString(json, ".image");
        assertTrue(LibString.startsWith(image, SVG_PREFIX), "svg data URI");
        return string(Base64.decode(LibString.slice(image, bytes(SVG_PREFIX).length)));
    }

    /// @dev The JSON path of the value of the attribute whose trait_type is `trait`.
    function _attribute(string memory json, string memory trait) internal view returns (string memory) {
        for (uint256 i; vm.keyExistsJson(json, string.concat(".attributes[", vm.toString(i), "]")); ++i) {
            string memory path = string.concat(".attributes[", vm.toString(i), "]");
            if (LibString.eq(vm.parseJsonString(json, string.concat(path, ".trait_type")), trait)) {
                return string.concat(path, ".value");
            }
        }
        revert(string.concat("no attribute ", trait));
    }

    function test_TokenURI_DecodesToJsonWithEveryField() public view {
        string memory json = _json(id);
        assertEq(vm.parseJsonString(json, ".name"), "GPU Title #1: 8 x H100");
        assertGt(bytes(vm.parseJsonString(json, ".description")).length, 0);

        assertEq(vm.parseJsonString(json, _attribute(json, "Status")), "Appraised");
        assertEq(vm.parseJsonString(json, _attribute(json, "GPU model")), "H100");
        assertEq(vm.parseJsonUint(json, _attribute(json, "GPU count")), D.GPU_COUNT);
        assertEq(
            vm.parseJsonString(json, _attribute(json, "Serials commitment")),
            LibString.toHexString(uint256(registry.title(id).serialsCommitment), 32)
        );
        assertEq(vm.parseJsonString(json, _attribute(json, "Data centre")), D.DATA_CENTER);
        assertEq(vm.parseJsonUint(json, _attribute(json, "Data centre tier")), D.TIER);
        assertEq(vm.parseJsonUint(json, _attribute(json, "Purchase price (USD)")), 2_400_000);
        assertEq(vm.parseJsonUint(json, _attribute(json, "Purchase date")), D.START - D.PURCHASE_AGE);
        assertEq(vm.parseJsonString(json, _attribute(json, "Insurer")), D.INSURER);
        assertEq(vm.parseJsonString(json, _attribute(json, "Policy id")), D.POLICY_ID);
        assertEq(vm.parseJsonUint(json, _attribute(json, "Coverage (USD)")), 2_500_000);
        assertEq(vm.parseJsonUint(json, _attribute(json, "Insurance expiry")), D.START + D.INSURANCE_TERM);
        assertEq(vm.parseJsonString(json, _attribute(json, "Insurance verified")), "Yes");
        assertEq(vm.parseJsonUint(json, _attribute(json, "Appraised value (USD)")), 2_000_000);
        assertEq(vm.parseJsonUint(json, _attribute(json, "Appraised at")), D.START);
        assertEq(vm.parseJsonUint(json, _attribute(json, "Appraisal valid until")), D.START + D.APPRAISAL_VALIDITY);
        assertEq(vm.parseJsonUint(json, _attribute(json, "Depreciation (bps a year)")), D.RATE_BPS);
        assertEq(
            vm.parseJsonString(json, _attribute(json, "Appraisal report hash")),
            LibString.toHexString(uint256(D.REPORT_HASH), 32)
        );
        assertEq(vm.parseJsonUint(json, _attribute(json, "Current value (USD)")), 2_000_000);
        assertEq(vm.parseJsonString(json, _attribute(json, "Pledged by")), "");
    }

    function test_TokenURI_ImageIsSvgCertificate() public view {
        string memory svg = _svg(_json(id));
        assertTrue(LibString.startsWith(svg, "<svg xmlns=\"http://www.w3.org/2000/svg\""));
        assertTrue(LibString.endsWith(svg, "</svg>"));
        assertTrue(LibString.contains(svg, "GPU TITLE #1"));
        assertTrue(LibString.contains(svg, "8 x H100"));
        assertTrue(LibString.contains(svg, "Equinix SV5 (Tier 3)"));
        assertTrue(LibString.contains(svg, "$2,000,000 to 2026-06-30, now $2,000,000"));
        assertTrue(LibString.contains(svg, "INSURANCE  Lloyd's Syndicate 2623"));
        assertTrue(LibString.contains(svg, "$2,500,000, verified to 2027-01-01"));
        assertTrue(LibString.contains(svg, ">Appraised<"));
    }

    function test_TokenURI_ShowsPendingUnappraised() public {
        uint256 pending = _submit(bob, 100);
        string memory json = _json(pending);
        assertEq(vm.parseJsonString(json, _attribute(json, "Status")), "Pending");
        assertEq(vm.parseJsonString(json, _attribute(json, "Insurance verified")), "No");
        string memory svg = _svg(json);
        assertTrue(LibString.contains(svg, "Not appraised"));
        assertTrue(LibString.contains(svg, ", unverified"));
    }

    function test_TokenURI_ShowsPledgorAndExpiry() public {
        _pledge(id);
        vm.warp(block.timestamp + D.APPRAISAL_VALIDITY);
        string memory json = _json(id);
        assertEq(vm.parseJsonString(json, _attribute(json, "Status")), "Pledged");
        assertEq(vm.parseJsonString(json, _attribute(json, "Pledged by")), LibString.toHexStringChecksummed(alice));
        assertEq(vm.parseJsonUint(json, _attribute(json, "Current value (USD)")), 0);
        assertTrue(LibString.contains(_svg(json), "$2,000,000 (expired)"));
    }

    function test_TokenURI_ShowsLapsedInsuranceAndRejection() public {
        uint256 rejected = _submit(bob, 100);
        vm.prank(appraiser);
        registry.reject(rejected, IGPUTitleRegistry.RejectionReason.InsuranceInadequate);
        vm.warp(block.timestamp + D.INSURANCE_TERM);
        string memory json = _json(rejected);
        assertEq(vm.parseJsonString(json, _attribute(json, "Rejection reason")), "Insurance inadequate");
        assertTrue(LibString.contains(_svg(json), ", lapsed"));
    }

    function test_RevertWhen_TokenURIBurnedOrNeverMinted() public {
        vm.expectRevert(bytes4(keccak256("TokenDoesNotExist()")));
        registry.tokenURI(99);
        vm.prank(alice);
        registry.withdraw(id);
        vm.expectRevert(bytes4(keccak256("TokenDoesNotExist()")));
        registry.tokenURI(id);
    }

    function test_Usd_FormatsThousands() public pure {
        assertEq(TitleMetadata.usd(0), "$0");
        assertEq(TitleMetadata.usd(999e18), "$999");
        assertEq(TitleMetadata.usd(1000e18), "$1,000");
        assertEq(TitleMetadata.usd(1_234_567e18 + 1), "$1,234,567");
        assertEq(TitleMetadata.usd(10_000_000_000e18), "$10,000,000,000");
    }

    function test_Date_FormatsIso() public pure {
        assertEq(TitleMetadata.date(0), "1970-01-01");
        assertEq(TitleMetadata.date(D.START), "2026-01-01");
        assertEq(TitleMetadata.date(1_709_164_800), "2024-02-29");
    }
}
