// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {SerialNumbers} from "../../src/libraries/SerialNumbers.sol";
import {SerialNumbersHarness} from "../fuzz/SerialNumbers.fuzz.t.sol";
import {Test} from "forge-std/Test.sol";

/// @notice Serial normalisation as the web app must reproduce it.
contract SerialNumbers_Unit_Test is Test {
    SerialNumbersHarness internal harness = new SerialNumbersHarness();

    function test_Normalize_TrimsAndUpperCases() public view {
        assertEq(harness.normalize("  sn-00a1\t"), bytes32("SN-00A1"));
        assertEq(harness.normalize("1654922001234"), bytes32("1654922001234"));
        assertEq(harness.normalize("a.b/c_d"), bytes32("A.B/C_D"));
        assertEq(harness.normalize("ABCDEFGHIJKLMNOPQRSTUVWXYZ012345"), bytes32("ABCDEFGHIJKLMNOPQRSTUVWXYZ012345"));
    }

    function test_RevertWhen_NormalizeInvalid() public {
        string[6] memory bad = ["", "   ", "SN 1", "S\u00e9rie", "SN#1", "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456"];
        for (uint256 i; i < bad.length; ++i) {
            vm.expectRevert(abi.encodeWithSelector(SerialNumbers.InvalidSerialText.selector, bad[i]));
            harness.normalize(bad[i]);
        }
    }

    function test_IsNormalized() public pure {
        assertTrue(SerialNumbers.isNormalized("SN-1"));
        assertTrue(SerialNumbers.isNormalized("ABCDEFGHIJKLMNOPQRSTUVWXYZ012345"));
        assertFalse(SerialNumbers.isNormalized(""));
        assertFalse(SerialNumbers.isNormalized("sn-1"));
        assertFalse(SerialNumbers.isNormalized("SN 1"));
        assertFalse(SerialNumbers.isNormalized(bytes32(abi.encodePacked("SN", bytes1(0), "1"))));
        assertEq(SerialNumbers.length("SN-1"), 4);
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
