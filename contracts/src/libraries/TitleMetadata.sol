// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IGPUTitleRegistry} from "../interfaces/IGPUTitleRegistry.sol";
import {Base64} from "solady/utils/Base64.sol";
import {DateTimeLib} from "solady/utils/DateTimeLib.sol";
import {LibString} from "solady/utils/LibString.sol";

/// @title TitleMetadata
/// @notice Renders a title as ERC-721 metadata: `data:application/json;base64,` JSON with every typed field as an
/// attribute, and an SVG certificate as the image. Free-text fields were validated on the way in (see TitleText), so
/// they go into JSON and SVG without escaping. USD amounts are shown in whole dollars, rounded down; dates are unix
/// seconds in the JSON (OpenSea's `date` display type) and YYYY-MM-DD in the SVG.
library TitleMetadata {
    using LibString for uint256;

    /// @dev One dollar in the registry's USD unit (18 decimals).
    uint256 internal constant USD = 1e18;

    string internal constant DESCRIPTION = "A title to a batch of physical GPUs held in custody, registered on chain by "
        "the AID protocol: model, count, serial-number commitment, data centre, purchase, insurance and appraisal.";

    /// @notice The whole `tokenURI`.
    function tokenURI(IGPUTitleRegistry.Title memory t, uint256 nowTimestamp) internal pure returns (string memory) {
        string memory json = string.concat(
            '{"name":"',
            name(t),
            '","description":"',
            DESCRIPTION,
            '","image":"data:image/svg+xml;base64,',
            Base64.encode(bytes(svg(t, nowTimestamp))),
            '","attributes":[',
            attributes(t),
            "]}"
        );
        return string.concat("data:application/json;base64,", Base64.encode(bytes(json)));
    }

    /// @notice "GPU Title #1: 8 x H100".
    function name(IGPUTitleRegistry.Title memory t) internal pure returns (string memory) {
        return string.concat("GPU Title #", t.id.toString(), ": ", uint256(t.gpuCount).toString(), " x ", t.modelName);
    }

    /// @notice The JSON attributes array's body, one entry per typed field.
    function attributes(IGPUTitleRegistry.Title memory t) internal pure returns (string memory) {
        string memory batch = string.concat(
            _text("Status", statusName(t.status)),
            ",",
            _text("GPU model", t.modelName),
            ",",
            _number("GPU count", t.gpuCount),
            ",",
            _text("Serials commitment", uint256(t.serialsCommitment).toHexString(32)),
            ",",
            _text("Data centre", t.dataCenter),
            ",",
            _number("Data centre tier", t.dataCenterTier),
            ",",
            _number("Purchase price (USD)", t.purchasePrice / USD),
            ",",
            _date("Purchase date", t.purchaseDate)
        );
        string memory insurance = string.concat(
            _text("Insurer", t.insurance.insurer),
            ",",
            _text("Policy id", t.insurance.policyId),
            ",",
            _number("Coverage (USD)", t.insurance.coverage / USD),
            ",",
            _date("Insurance expiry", t.insurance.expiry),
            ",",
            _text("Insurance verified", t.insuranceVerified ? "Yes" : "No"),
            ",",
            _date("Insured (verified) until", t.insuranceVerifiedUntil)
        );
        string memory appraisal = string.concat(
            _number("Appraised value (USD)", t.appraisedValue / USD),
            ",",
            _date("Appraised at", t.appraisedAt),
            ",",
            _date("Appraisal valid until", t.appraisalValidUntil),
            ",",
            _number("Depreciation (bps a year)", t.depreciationBps),
            ",",
            _text("Appraisal report hash", uint256(t.reportHash).toHexString(32)),
            ",",
            _number("Current value (USD)", t.currentValue / USD),
            ",",
            _text("Rejection reason", rejectionName(t.rejectionReason)),
            ",",
            _text("Pledged by", t.pledgor == address(0) ? "" : LibString.toHexStringChecksummed(t.pledgor))
        );
        return string.concat(batch, ",", insurance, ",", appraisal);
    }

    /// @notice The SVG certificate: model and count, data centre, appraisal and insurance status.
    function svg(IGPUTitleRegistry.Title memory t, uint256 nowTimestamp) internal pure returns (string memory) {
        string memory head = string.concat(
            '<svg xmlns="http://www.w3.org/2000/svg" width="480" height="300" viewBox="0 0 480 300" '
            'font-family="monospace"><rect width="480" height="300" rx="16" fill="#0b1220"/>'
            '<rect x="8" y="8" width="464" height="284" rx="12" fill="none" stroke="#3b82f6" stroke-width="2"/>',
            _line(24, 44, 16, "#9ca3af", string.concat("GPU TITLE #", t.id.toString())),
            '<text x="456" y="44" font-size="16" text-anchor="end" fill="#facc15">',
            statusName(t.status),
            "</text>",
            _headline(t)
        );
        string memory body = string.concat(
            _line(24, 122, 12, "#9ca3af", "DATA CENTRE"),
            _line(
                24,
                142,
                16,
                "#e5e7eb",
                string.concat(t.dataCenter, " (Tier ", uint256(t.dataCenterTier).toString(), ")")
            ),
            _line(24, 174, 12, "#9ca3af", "APPRAISAL"),
            _line(24, 194, 14, "#e5e7eb", _appraisalLine(t, nowTimestamp))
        );
        string memory foot = string.concat(
            _line(24, 226, 12, "#9ca3af", string.concat("INSURANCE  ", t.insurance.insurer)),
            _line(24, 246, 14, "#e5e7eb", _insuranceLine(t, nowTimestamp)),
            _line(24, 278, 9, "#6b7280", string.concat("SERIALS ", uint256(t.serialsCommitment).toHexString(32)))
        );
        return string.concat(head, body, foot, "</svg>");
    }

    function statusName(IGPUTitleRegistry.Status s) internal pure returns (string memory) {
        if (s == IGPUTitleRegistry.Status.Pending) return "Pending";
        if (s == IGPUTitleRegistry.Status.Appraised) return "Appraised";
        if (s == IGPUTitleRegistry.Status.Rejected) return "Rejected";
        if (s == IGPUTitleRegistry.Status.Pledged) return "Pledged";
        if (s == IGPUTitleRegistry.Status.Liquidating) return "Liquidating";
        if (s == IGPUTitleRegistry.Status.RedemptionRequested) return "Redemption requested";
        if (s == IGPUTitleRegistry.Status.Redeemed) return "Redeemed";
        if (s == IGPUTitleRegistry.Status.Withdrawn) return "Withdrawn";
        if (s == IGPUTitleRegistry.Status.Voided) return "Voided";
        return "None";
    }

    function rejectionName(IGPUTitleRegistry.RejectionReason r) internal pure returns (string memory) {
        if (r == IGPUTitleRegistry.RejectionReason.SerialsUnverified) return "Serials unverified";
        if (r == IGPUTitleRegistry.RejectionReason.CustodyUnverified) return "Custody unverified";
        if (r == IGPUTitleRegistry.RejectionReason.InsuranceInadequate) return "Insurance inadequate";
        if (r == IGPUTitleRegistry.RejectionReason.ValueUnsupported) return "Value unsupported";
        if (r == IGPUTitleRegistry.RejectionReason.DocumentsIncomplete) return "Documents incomplete";
        if (r == IGPUTitleRegistry.RejectionReason.Other) return "Other";
        return "";
    }

    /// @notice Whole dollars with thousands separators: "$2,400,000".
    function usd(uint256 amount) internal pure returns (string memory) {
        bytes memory digits = bytes((amount / USD).toString());
        uint256 n = digits.length;
        bytes memory out = new bytes(n + (n - 1) / 3);
        uint256 j = out.length;
        for (uint256 i = n; i != 0; --i) {
            // Counting from the right, a comma goes before every third digit.
            if ((n - i) != 0 && (n - i) % 3 == 0) out[--j] = ",";
            out[--j] = digits[i - 1];
        }
        return string.concat("$", string(out));
    }

    /// @notice YYYY-MM-DD (UTC).
    function date(uint256 timestamp) internal pure returns (string memory) {
        (uint256 y, uint256 m, uint256 d) = DateTimeLib.timestampToDate(timestamp);
        return string.concat(y.toString(), "-", _two(m), "-", _two(d));
    }

    function _appraisalLine(IGPUTitleRegistry.Title memory t, uint256 nowTimestamp)
        private
        pure
        returns (string memory)
    {
        if (t.appraisedAt == 0) return "Not appraised";
        if (nowTimestamp >= t.appraisalValidUntil) return string.concat(usd(t.appraisedValue), " (expired)");
        return string.concat(usd(t.appraisedValue), " to ", date(t.appraisalValidUntil), ", now ", usd(t.currentValue));
    }

    function _insuranceLine(IGPUTitleRegistry.Title memory t, uint256 nowTimestamp)
        private
        pure
        returns (string memory)
    {
        string memory cover = usd(t.insurance.coverage);
        if (t.insuranceVerified && nowTimestamp < t.insurance.expiry) {
            return string.concat(cover, ", verified to ", date(t.insurance.expiry));
        }
        if (nowTimestamp >= t.insurance.expiry) return string.concat(cover, ", lapsed");
        return string.concat(cover, ", unverified");
    }

    /// @dev "8 x H100" at 30px, smaller for long model names so it stays inside the card (monospace glyphs are
    /// about 0.6em wide and the card has 432px of room: 720 / length px).
    function _headline(IGPUTitleRegistry.Title memory t) private pure returns (string memory) {
        string memory text = string.concat(uint256(t.gpuCount).toString(), " x ", t.modelName);
        uint256 length = bytes(text).length;
        return _line(24, 86, length * 18 > 432 ? 720 / length : 30, "#ffffff", text);
    }

    function _line(uint256 x, uint256 y, uint256 size, string memory fill, string memory content)
        private
        pure
        returns (string memory)
    {
        return string.concat(
            '<text x="',
            x.toString(),
            '" y="',
            y.toString(),
            '" font-size="',
            size.toString(),
            '" fill="',
            fill,
            '">',
            content,
            "</text>"
        );
    }

    function _text(string memory trait, string memory value) private pure returns (string memory) {
        return string.concat('{"trait_type":"', trait, '","value":"', value, '"}');
    }

    function _number(string memory trait, uint256 value) private pure returns (string memory) {
        return string.concat('{"trait_type":"', trait, '","display_type":"number","value":', value.toString(), "}");
    }

    function _date(string memory trait, uint256 timestamp) private pure returns (string memory) {
        return string.concat('{"trait_type":"', trait, '","display_type":"date","value":', timestamp.toString(), "}");
    }

    function _two(uint256 v) private pure returns (string memory) {
        return v < 10 ? string.concat("0", v.toString()) : v.toString();
    }
}
