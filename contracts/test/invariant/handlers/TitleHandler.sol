// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {GPUTitleRegistry} from "../../../src/GPUTitleRegistry.sol";
import {IGPUTitleRegistry} from "../../../src/interfaces/IGPUTitleRegistry.sol";
import {CommonBase} from "forge-std/Base.sol";
import {StdCheats} from "forge-std/StdCheats.sol";
import {StdUtils} from "forge-std/StdUtils.sol";

/// @title TitleHandler
/// @notice Drives the registry through its whole life cycle with bounded, valid actions by a fixed set of actors, an
/// appraiser, a custodian and a loan manager (the admin's attempts to replace it are refused; a second address plays
/// an impostor), and keeps a ghost model of every
/// title: its status, serials, pledgor and escrow. Adversarial actions (moving a locked title, re-registering a live
/// serial, voiding a title that backs a loan) are made with the revert expected. Listings reuse the serials of
/// rejected, voided, withdrawn and redeemed titles, and expect to succeed. It never reverts: impossible actions are
/// skipped.
contract TitleHandler is CommonBase, StdCheats, StdUtils {
    using {_eq} for IGPUTitleRegistry.Status;

    GPUTitleRegistry public immutable registry;
    address public immutable admin;
    address public immutable appraiser;
    address public immutable custodian;
    address[2] public loanManagers;

    address[] internal _actors;

    /// @dev Serial numbers come from a pool of `SERIAL_POOL` so that listings collide.
    uint256 public constant SERIAL_POOL = 48;
    uint256 internal constant MAX_BATCH = 4;

    mapping(uint256 titleId => IGPUTitleRegistry.Status) public ghostStatus;
    mapping(uint256 titleId => bytes32[]) internal _ghostSerials;
    mapping(uint256 titleId => address) public ghostPledgor;
    mapping(uint256 titleId => address) public ghostEscrow;
    uint256 public ghostLastId;
    uint256 public ghostLive;

    mapping(string action => uint256 count) public calls;
    mapping(string action => uint256 count) public skips;

    constructor(
        GPUTitleRegistry registry_,
        address admin_,
        address appraiser_,
        address custodian_,
        address[2] memory loanManagers_,
        address[] memory actors_
    ) {
        registry = registry_;
        admin = admin_;
        appraiser = appraiser_;
        custodian = custodian_;
        loanManagers = loanManagers_;
        _actors = actors_;
    }

    function actors() external view returns (address[] memory) {
        return _actors;
    }

    function ghostSerials(uint256 titleId) external view returns (bytes32[] memory) {
        return _ghostSerials[titleId];
    }

    /// @dev "GPU00" to "GPU47": canonical serials.
    function serialOf(uint256 n) public pure returns (bytes32) {
        return bytes32(bytes.concat("GPU", bytes1(uint8(0x30 + n / 10)), bytes1(uint8(0x30 + n % 10))));
    }

    /*//////////////////////////////////////////////////////////////
                                ACTIONS
    //////////////////////////////////////////////////////////////*/

    function submit(uint256 actorSeed, uint256 firstSeed, uint256 countSeed) external {
        address actor = _actor(actorSeed);
        uint256 count = bound(countSeed, 1, MAX_BATCH);
        uint256 first = bound(firstSeed, 0, SERIAL_POOL - count);
        IGPUTitleRegistry.TitleInput memory input = _input(first, count);

        // A serial already in a live title that is not Rejected: the registry must refuse, naming that title.
        for (uint256 i; i < count; ++i) {
            uint256 holder = _liveHolder(input.serials[i]);
            if (holder != 0) {
                vm.expectRevert(
                    abi.encodeWithSelector(IGPUTitleRegistry.SerialAlreadyRegistered.selector, input.serials[i], holder)
                );
                vm.prank(actor);
                registry.submit(input);
                calls["submit_liveSerialRefused"]++;
                return;
            }
        }
        vm.prank(actor);
        uint256 id = registry.submit(input);
        ghostLastId = id;
        ghostLive++;
        ghostStatus[id] = IGPUTitleRegistry.Status.Pending;
        _ghostSerials[id] = input.serials;
        calls["submit"]++;
    }

    function appraise(uint256 idSeed, uint256 valueSeed, uint256 validitySeed) external {
        (uint256 id, IGPUTitleRegistry.Status s) = _pick(
            idSeed,
            _bit(IGPUTitleRegistry.Status.Pending) | _bit(IGPUTitleRegistry.Status.Appraised)
                | _bit(IGPUTitleRegistry.Status.Pledged)
        );
        if (
            id == 0
                || !(s._eq(IGPUTitleRegistry.Status.Pending)
                    || s._eq(IGPUTitleRegistry.Status.Appraised)
                    || s._eq(IGPUTitleRegistry.Status.Pledged))
                || registry.title(id).insurance.expiry <= block.timestamp
        ) {
            skips["appraise"]++;
            return;
        }
        uint96 value = uint96(bound(valueSeed, 1, registry.MAX_USD_VALUE()));
        uint40 validUntil = uint40(block.timestamp + bound(validitySeed, 1, registry.MAX_APPRAISAL_VALIDITY()));
        vm.prank(appraiser);
        registry.appraise(id, value, validUntil, keccak256(abi.encode(id, value)));
        if (s._eq(IGPUTitleRegistry.Status.Pending)) ghostStatus[id] = IGPUTitleRegistry.Status.Appraised;
        calls["appraise"]++;
    }

    function reject(uint256 idSeed, uint256 reasonSeed) external {
        (uint256 id, IGPUTitleRegistry.Status s) = _pick(idSeed, _bit(IGPUTitleRegistry.Status.Pending));
        if (id == 0 || !s._eq(IGPUTitleRegistry.Status.Pending)) {
            skips["reject"]++;
            return;
        }
        vm.prank(appraiser);
        registry.reject(id, IGPUTitleRegistry.RejectionReason(bound(reasonSeed, 1, 6)));
        ghostStatus[id] = IGPUTitleRegistry.Status.Rejected;
        calls["reject"]++;
    }

    /// @dev The custodian voids a listing; a title backing a loan must refuse, and stay in escrow with its serials.
    function voidTitle(uint256 idSeed, uint256 reasonSeed) external {
        (uint256 id, IGPUTitleRegistry.Status s) = _pick(
            idSeed,
            _bit(IGPUTitleRegistry.Status.Pending) | _bit(IGPUTitleRegistry.Status.Appraised)
                | _bit(IGPUTitleRegistry.Status.Rejected) | _bit(IGPUTitleRegistry.Status.Pledged)
                | _bit(IGPUTitleRegistry.Status.Liquidating) | _bit(IGPUTitleRegistry.Status.RedemptionRequested)
        );
        if (id == 0 || _burned(s)) {
            skips["voidTitle"]++;
            return;
        }
        IGPUTitleRegistry.RejectionReason reason = IGPUTitleRegistry.RejectionReason(bound(reasonSeed, 1, 6));
        if (s._eq(IGPUTitleRegistry.Status.Pledged) || s._eq(IGPUTitleRegistry.Status.Liquidating)) {
            vm.expectRevert(abi.encodeWithSelector(IGPUTitleRegistry.InvalidStatus.selector, id, s));
            vm.prank(custodian);
            registry.voidTitle(id, reason);
            calls["voidTitle_lockedRefused"]++;
            return;
        }
        vm.prank(custodian);
        registry.voidTitle(id, reason);
        ghostStatus[id] = IGPUTitleRegistry.Status.Voided;
        ghostLive--;
        calls["voidTitle"]++;
    }

    function renewInsurance(uint256 idSeed, uint256 termSeed) external {
        (uint256 id, IGPUTitleRegistry.Status s) = _pick(
            idSeed,
            _bit(IGPUTitleRegistry.Status.Pending) | _bit(IGPUTitleRegistry.Status.Appraised)
                | _bit(IGPUTitleRegistry.Status.Rejected) | _bit(IGPUTitleRegistry.Status.Pledged)
                | _bit(IGPUTitleRegistry.Status.Liquidating) | _bit(IGPUTitleRegistry.Status.RedemptionRequested)
        );
        if (id == 0 || _burned(s)) {
            skips["renewInsurance"]++;
            return;
        }
        address holder = (s._eq(IGPUTitleRegistry.Status.Pledged) || s._eq(IGPUTitleRegistry.Status.Liquidating))
            ? ghostPledgor[id]
            : registry.ownerOf(id);
        IGPUTitleRegistry.Insurance memory insurance = IGPUTitleRegistry.Insurance({
            insurer: "Renewal Insurer",
            policyId: "RN-1",
            coverage: 1_000_000e18,
            expiry: uint40(block.timestamp + bound(termSeed, 1 days, registry.MAX_INSURANCE_TERM()))
        });
        vm.prank(holder);
        registry.updateInsurance(id, insurance);
        if (
            s._eq(IGPUTitleRegistry.Status.Appraised) || s._eq(IGPUTitleRegistry.Status.Pledged)
                || s._eq(IGPUTitleRegistry.Status.Liquidating)
        ) {
            vm.prank(appraiser);
            registry.verifyInsurance(id);
        }
        calls["renewInsurance"]++;
    }

    function pledge(uint256 idSeed, uint256 managerSeed) external {
        (uint256 id, IGPUTitleRegistry.Status s) = _pick(idSeed, _bit(IGPUTitleRegistry.Status.Appraised));
        if (id == 0 || !s._eq(IGPUTitleRegistry.Status.Appraised) || registry.currentValue(id) == 0) {
            skips["pledge"]++;
            return;
        }
        address manager = registry.loanManager();
        address owner = registry.ownerOf(id);
        // No approval is needed; an approval the owner gave to someone is cleared by the pledge.
        if (managerSeed % 2 == 0) {
            vm.prank(owner);
            registry.approve(_actor(managerSeed), id);
        }
        vm.prank(manager);
        registry.pledge(id, owner);
        ghostStatus[id] = IGPUTitleRegistry.Status.Pledged;
        ghostPledgor[id] = owner;
        ghostEscrow[id] = manager;
        calls["pledge"]++;
    }

    /// @dev The title goes back to its pledgor, whoever the escrow would name.
    function release(uint256 idSeed) external {
        (uint256 id, IGPUTitleRegistry.Status s) =
            _pick(idSeed, _bit(IGPUTitleRegistry.Status.Pledged) | _bit(IGPUTitleRegistry.Status.Liquidating));
        if (id == 0 || !(s._eq(IGPUTitleRegistry.Status.Pledged) || s._eq(IGPUTitleRegistry.Status.Liquidating))) {
            skips["release"]++;
            return;
        }
        address to = ghostPledgor[id];
        vm.prank(ghostEscrow[id]);
        registry.release(id);
        require(registry.ownerOf(id) == to, "released to its pledgor");
        _unpledge(id);
        calls["release"]++;
    }

    function startLiquidation(uint256 idSeed) external {
        (uint256 id, IGPUTitleRegistry.Status s) = _pick(idSeed, _bit(IGPUTitleRegistry.Status.Pledged));
        if (id == 0 || !s._eq(IGPUTitleRegistry.Status.Pledged)) {
            skips["startLiquidation"]++;
            return;
        }
        vm.prank(ghostEscrow[id]);
        registry.startLiquidation(id);
        ghostStatus[id] = IGPUTitleRegistry.Status.Liquidating;
        calls["startLiquidation"]++;
    }

    function settleLiquidation(uint256 idSeed, uint256 buyerSeed) external {
        (uint256 id, IGPUTitleRegistry.Status s) = _pick(idSeed, _bit(IGPUTitleRegistry.Status.Liquidating));
        if (id == 0 || !s._eq(IGPUTitleRegistry.Status.Liquidating)) {
            skips["settleLiquidation"]++;
            return;
        }
        vm.prank(ghostEscrow[id]);
        registry.settleLiquidation(id, _actor(buyerSeed));
        _unpledge(id);
        calls["settleLiquidation"]++;
    }

    function requestRedemption(uint256 idSeed) external {
        (uint256 id, IGPUTitleRegistry.Status s) = _pick(idSeed, _bit(IGPUTitleRegistry.Status.Appraised));
        if (id == 0 || !s._eq(IGPUTitleRegistry.Status.Appraised)) {
            skips["requestRedemption"]++;
            return;
        }
        vm.prank(registry.ownerOf(id));
        registry.requestRedemption(id);
        ghostStatus[id] = IGPUTitleRegistry.Status.RedemptionRequested;
        calls["requestRedemption"]++;
    }

    function settleRedemption(uint256 idSeed, bool confirm) external {
        (uint256 id, IGPUTitleRegistry.Status s) = _pick(idSeed, _bit(IGPUTitleRegistry.Status.RedemptionRequested));
        if (id == 0 || !s._eq(IGPUTitleRegistry.Status.RedemptionRequested)) {
            skips["settleRedemption"]++;
            return;
        }
        if (confirm) {
            vm.prank(custodian);
            registry.confirmRedemption(id);
            ghostStatus[id] = IGPUTitleRegistry.Status.Redeemed;
            ghostLive--;
        } else {
            vm.prank(registry.ownerOf(id));
            registry.cancelRedemption(id);
            ghostStatus[id] = IGPUTitleRegistry.Status.Appraised;
        }
        calls["settleRedemption"]++;
    }

    function withdraw(uint256 idSeed) external {
        (uint256 id, IGPUTitleRegistry.Status s) = _pick(
            idSeed,
            _bit(IGPUTitleRegistry.Status.Pending) | _bit(IGPUTitleRegistry.Status.Rejected)
                | _bit(IGPUTitleRegistry.Status.Appraised)
        );
        if (
            id == 0
                || !(s._eq(IGPUTitleRegistry.Status.Pending)
                    || s._eq(IGPUTitleRegistry.Status.Rejected)
                    || s._eq(IGPUTitleRegistry.Status.Appraised))
        ) {
            skips["withdraw"]++;
            return;
        }
        vm.prank(registry.ownerOf(id));
        registry.withdraw(id);
        ghostStatus[id] = IGPUTitleRegistry.Status.Withdrawn;
        ghostLive--;
        calls["withdraw"]++;
    }

    /// @dev A holder moves a free title; a locked title must refuse to move, whoever tries.
    function transfer(uint256 idSeed, uint256 toSeed, uint256 callerSeed) external {
        (uint256 id, IGPUTitleRegistry.Status s) = _pick(
            idSeed,
            _bit(IGPUTitleRegistry.Status.Pending) | _bit(IGPUTitleRegistry.Status.Appraised)
                | _bit(IGPUTitleRegistry.Status.Rejected) | _bit(IGPUTitleRegistry.Status.Pledged)
                | _bit(IGPUTitleRegistry.Status.Liquidating) | _bit(IGPUTitleRegistry.Status.RedemptionRequested)
        );
        if (id == 0 || _burned(s)) {
            skips["transfer"]++;
            return;
        }
        address owner = registry.ownerOf(id);
        address to = _actor(toSeed);
        if (
            s._eq(IGPUTitleRegistry.Status.Pledged) || s._eq(IGPUTitleRegistry.Status.Liquidating)
                || s._eq(IGPUTitleRegistry.Status.RedemptionRequested)
        ) {
            // The escrow itself, the former owner, or anyone: the hooks are the only way out.
            address caller = callerSeed % 3 == 0 ? owner : callerSeed % 3 == 1 ? ghostPledgor[id] : _actor(callerSeed);
            vm.expectRevert(abi.encodeWithSelector(IGPUTitleRegistry.InvalidStatus.selector, id, s));
            vm.prank(caller);
            registry.transferFrom(owner, to, id);
            calls["transfer_lockedRefused"]++;
            return;
        }
        vm.prank(owner);
        registry.transferFrom(owner, to, id);
        calls["transfer"]++;
    }

    /// @dev Someone who is not the escrow tries to release or settle a pledged title.
    function stealPledged(uint256 idSeed, uint256 thiefSeed) external {
        (uint256 id, IGPUTitleRegistry.Status s) =
            _pick(idSeed, _bit(IGPUTitleRegistry.Status.Pledged) | _bit(IGPUTitleRegistry.Status.Liquidating));
        if (id == 0 || !(s._eq(IGPUTitleRegistry.Status.Pledged) || s._eq(IGPUTitleRegistry.Status.Liquidating))) {
            skips["stealPledged"]++;
            return;
        }
        address thief = thiefSeed % 2 == 0 ? _actor(thiefSeed) : _otherManager(ghostEscrow[id]);
        vm.expectRevert(abi.encodeWithSelector(IGPUTitleRegistry.CallerNotEscrow.selector, id, thief, ghostEscrow[id]));
        vm.prank(thief);
        registry.release(id);
        calls["stealPledged_refused"]++;
    }

    /// @dev The loan manager pledges titles with no approval, so the admin can never put another one in its place.
    function replaceLoanManager_refused() external {
        address current = registry.loanManager();
        vm.expectRevert(abi.encodeWithSelector(IGPUTitleRegistry.LoanManagerAlreadySet.selector, current));
        vm.prank(admin);
        registry.setLoanManager(_otherManager(current));
        calls["replaceLoanManager_refused"]++;
    }

    function warp(uint256 secondsSeed) external {
        vm.warp(block.timestamp + bound(secondsSeed, 0, 30 days));
        calls["warp"]++;
    }

    /*//////////////////////////////////////////////////////////////
                                HELPERS
    //////////////////////////////////////////////////////////////*/

    function _input(uint256 first, uint256 count) internal view returns (IGPUTitleRegistry.TitleInput memory input) {
        bytes32[] memory serials = new bytes32[](count);
        for (uint256 i; i < count; ++i) {
            serials[i] = serialOf(first + i);
        }
        input = IGPUTitleRegistry.TitleInput({
            modelId: uint8(1 + first % 5),
            gpuCount: uint16(count),
            serials: serials,
            dataCenter: "DC-1",
            dataCenterTier: 3,
            purchasePrice: 100_000e18,
            purchaseDate: uint40(block.timestamp),
            insurance: IGPUTitleRegistry.Insurance({
                insurer: "Insurer", policyId: "P-1", coverage: 200_000e18, expiry: uint40(block.timestamp + 365 days)
            })
        });
    }

    /// @dev The title (by the ghost model) holding `serial`: live and not Rejected; or 0.
    function _liveHolder(bytes32 serial) internal view returns (uint256) {
        for (uint256 id = 1; id <= ghostLastId; ++id) {
            if (!holdsSerials(id)) continue;
            bytes32[] storage serials = _ghostSerials[id];
            for (uint256 i; i < serials.length; ++i) {
                if (serials[i] == serial) return id;
            }
        }
        return 0;
    }

    /// @dev The first title, from a random starting id and wrapping around, whose ghost status is in `mask` (bit
    /// `1 << status`); 0 if none. Picking among the titles an action applies to keeps most calls useful.
    function _pick(uint256 seed, uint256 mask) internal view returns (uint256 id, IGPUTitleRegistry.Status status) {
        uint256 last = ghostLastId;
        if (last == 0) return (0, IGPUTitleRegistry.Status.None);
        uint256 start = bound(seed, 1, last);
        for (uint256 k; k < last; ++k) {
            id = (start - 1 + k) % last + 1;
            status = ghostStatus[id];
            if (mask & (1 << uint8(status)) != 0) return (id, status);
        }
        return (0, IGPUTitleRegistry.Status.None);
    }

    function _bit(IGPUTitleRegistry.Status s) internal pure returns (uint256) {
        return 1 << uint8(s);
    }

    function _unpledge(uint256 id) internal {
        ghostStatus[id] = IGPUTitleRegistry.Status.Appraised;
        ghostPledgor[id] = address(0);
        ghostEscrow[id] = address(0);
    }

    function _burned(IGPUTitleRegistry.Status s) internal pure returns (bool) {
        return s._eq(IGPUTitleRegistry.Status.Redeemed) || s._eq(IGPUTitleRegistry.Status.Withdrawn)
            || s._eq(IGPUTitleRegistry.Status.Voided);
    }

    /// @dev Whether a title holds its serials by the ghost model: minted, not burned and not Rejected.
    function holdsSerials(uint256 id) public view returns (bool) {
        IGPUTitleRegistry.Status s = ghostStatus[id];
        return !(s._eq(IGPUTitleRegistry.Status.None) || s._eq(IGPUTitleRegistry.Status.Rejected) || _burned(s));
    }

    function _actor(uint256 seed) internal view returns (address) {
        return _actors[seed % _actors.length];
    }

    function _otherManager(address manager) internal view returns (address) {
        return manager == loanManagers[0] ? loanManagers[1] : loanManagers[0];
    }
}

function _eq(IGPUTitleRegistry.Status a, IGPUTitleRegistry.Status b) pure returns (bool) {
    return a == b;
}
