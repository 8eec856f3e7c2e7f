// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {SerialNumbers} from "../../src/libraries/SerialNumbers.sol";
import {SerialNumbersHarness} from "../fuzz/SerialNumbers.fuzz.t.sol";
import {Test} from "forge-std/Test.sol";

/// @notice Serial normalisation as the web app must reproduce it. The vectors are the same as
/// apps/web/src/features/titles/serials.test.ts ("the contract's vectors").
contract SerialNumbers_Unit_Test is Test {
    SerialNumbersHarness internal harness = new SerialNumbersHarness();

    function test_Normalize_OneCanonicalForm() public view {
        string[15] memory raw = [
            "1652922004351",
            "1652-922004351",
            "01652922004351",
            "  1652.922.004.351\t",
            "0-1652/922_004351",
            " ab-12 ",
            "  sn-00a1\t",
            "a.b/c_d",
            "SN 1",
            "\u000b\u000cgpu-1\r\n",
            "0007",
            "100",
            "0-0-A",
            "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345",
            "0ABCDEFGHIJKLMNOPQRSTUVWXYZ-012345"
        ];
        bytes32[15] memory canonical = [
            bytes32("1652922004351"),
            "1652922004351",
            "1652922004351",
            "1652922004351",
            "1652922004351",
            "AB12",
            "SN00A1",
            "ABCD",
            "SN1",
            "GPU1",
            "7",
            "100",
            "A",
            "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345",
            "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345"
        ];
        for (uint256 i; i < raw.length; ++i) {
            bytes32 packed = harness.normalize(raw[i]);
            assertEq(packed, canonical[i], raw[i]);
            assertTrue(SerialNumbers.isNormalized(packed), "the output is canonical");
        }
    }

    function test_RevertWhen_NormalizeInvalid() public {
        string[10] memory bad = [
            "",
            "   ",
            "000",
            "0-0",
            "--",
            "S\u00e9rie",
            "SN#1",
            "SN,1",
            "\u00a0SN1",
            "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456"
        ];
        for (uint256 i; i < bad.length; ++i) {
            vm.expectRevert(abi.encodeWithSelector(SerialNumbers.InvalidSerialText.selector, bad[i]));
            harness.normalize(bad[i]);
        }
    }

    function test_IsNormalized() public pure {
        assertTrue(SerialNumbers.isNormalized("SN1"));
        assertTrue(SerialNumbers.isNormalized("1652922004351"));
        assertTrue(SerialNumbers.isNormalized("10"));
        assertTrue(SerialNumbers.isNormalized("ABCDEFGHIJKLMNOPQRSTUVWXYZ012345"));
        assertFalse(SerialNumbers.isNormalized(""));
        assertFalse(SerialNumbers.isNormalized("0"));
        assertFalse(SerialNumbers.isNormalized("01652922004351"));
        assertFalse(SerialNumbers.isNormalized("1652-922004351"));
        assertFalse(SerialNumbers.isNormalized("SN.1"));
        assertFalse(SerialNumbers.isNormalized("SN/1"));
        assertFalse(SerialNumbers.isNormalized("SN_1"));
        assertFalse(SerialNumbers.isNormalized("sn1"));
        assertFalse(SerialNumbers.isNormalized("SN 1"));
        assertFalse(SerialNumbers.isNormalized(bytes32(abi.encodePacked("SN", bytes1(0), "1"))));
        assertEq(SerialNumbers.length("SN1"), 3);
        assertEq(SerialNumbers.length("ABCDEFGHIJKLMNOPQRSTUVWXYZ012345"), 32);
    }

    function test_Commitment_SortedPrefixFirst() public view {
        bytes32[] memory serials = new bytes32[](3);
        serials[0] = "SN1";
        serials[1] = "SN10";
        serials[2] = "SN2";
        assertEq(
            harness.commitment(serials), keccak256(abi.encodePacked(serials)), "a prefix sorts before its extensions"
        );
    }
}
