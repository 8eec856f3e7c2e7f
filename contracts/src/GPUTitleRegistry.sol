// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {GPUTitleRenderer} from "./GPUTitleRenderer.sol";
import {IGPUTitleRegistry} from "./interfaces/IGPUTitleRegistry.sol";
import {Depreciation} from "./libraries/Depreciation.sol";
import {SerialNumbers} from "./libraries/SerialNumbers.sol";
import {TitleText} from "./libraries/TitleText.sol";
import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {ERC721} from "solady/tokens/ERC721.sol";

/// @title GPUTitleRegistry
/// @notice One ERC-721 token per batch of physical GPUs, with its typed record on chain. See IGPUTitleRegistry for
/// the state machine and the roles, and contracts/docs/DESIGN.md for the storage layout and its gas cost.
contract GPUTitleRegistry is IGPUTitleRegistry, ERC721, AccessControl {
    /*//////////////////////////////////////////////////////////////
                               CONSTANTS
    //////////////////////////////////////////////////////////////*/

    /// @inheritdoc IGPUTitleRegistry
    bytes32 public constant APPRAISER_ROLE = keccak256("APPRAISER_ROLE");
    /// @inheritdoc IGPUTitleRegistry
    bytes32 public constant CUSTODIAN_ROLE = keccak256("CUSTODIAN_ROLE");

    /// @inheritdoc IGPUTitleRegistry
    uint256 public constant MAX_GPUS_PER_TITLE = 256; // 32 eight-GPU servers; each serial costs ~22k gas to register
    /// @inheritdoc IGPUTitleRegistry
    uint256 public constant MIN_DEPRECIATION_BPS = 100; // 1% a year
    /// @inheritdoc IGPUTitleRegistry
    uint256 public constant MAX_DEPRECIATION_BPS = 10_000; // 100% a year
    /// @inheritdoc IGPUTitleRegistry
    uint256 public constant DEFAULT_DEPRECIATION_BPS = 2000; // 20% a year
    /// @inheritdoc IGPUTitleRegistry
    uint256 public constant MAX_APPRAISAL_VALIDITY = 365 days;
    /// @inheritdoc IGPUTitleRegistry
    uint256 public constant MAX_INSURANCE_TERM = 5 * 365 days;
    /// @inheritdoc IGPUTitleRegistry
    uint256 public constant MAX_USD_VALUE = 10_000_000_000e18; // $10 billion, fits in uint96
    /// @inheritdoc IGPUTitleRegistry
    uint256 public constant MAX_DATA_CENTER_TIER = 4; // Uptime Institute tiers I-IV
    /// @inheritdoc IGPUTitleRegistry
    uint256 public constant MAX_SCAN = 1000;

    /// @dev The most models: ids are uint8 and 0 means "none".
    uint256 internal constant MAX_MODELS = type(uint8).max;

    /// @dev Layout of the 96 bits of per-token extra data that Solady's ERC721 keeps in the ownership slot, so the
    /// status moves in the same storage write as the owner: status [0, 8), model id [8, 16), data-centre tier
    /// [16, 24), GPU count [24, 40), purchase date [40, 80), approval flag [80] (see `_APPROVAL_FLAG`).
    uint256 internal constant _MODEL_SHIFT = 8;
    uint256 internal constant _TIER_SHIFT = 16;
    uint256 internal constant _COUNT_SHIFT = 24;
    uint256 internal constant _PURCHASE_DATE_SHIFT = 40;
    uint96 internal constant _STATUS_MASK = 0xff;
    /// @dev Set by `approve` with a non-zero account and cleared by `transferFrom` and `pledge`, which clear the
    /// token's approval: while it is clear the token has no approved account, so the owner's own `transferFrom` skips
    /// the cold read of the approval slot. It may be set with no approval (after an approval to zero, or one cleared
    /// by a path that leaves the flag), which only costs that read.
    uint96 internal constant _APPROVAL_FLAG = 1 << 80;
    /// @dev Sets of statuses as bitmasks (bit `1 << status`), so a membership check is one test, not a comparison
    /// per status: those `withdraw` accepts, those `appraise` accepts, and those with a current value (also those
    /// `verifyInsurance` accepts).
    uint256 internal constant _WITHDRAWABLE =
        (1 << uint256(Status.Pending)) | (1 << uint256(Status.Rejected)) | (1 << uint256(Status.Appraised));
    uint256 internal constant _APPRAISABLE =
        (1 << uint256(Status.Pending)) | (1 << uint256(Status.Appraised)) | (1 << uint256(Status.Pledged));
    uint256 internal constant _VALUED =
        (1 << uint256(Status.Appraised)) | (1 << uint256(Status.Pledged)) | (1 << uint256(Status.Liquidating));
    /// @dev Solady's private ERC-721 constants, for `transferFrom` below (the ownership slot of a token, the
    /// `Transfer` event's topic).
    uint256 internal constant _ERC721_SLOT_SEED = 0x7d8825530a5a2e7a << 192;
    uint256 internal constant _TRANSFER_TOPIC = 0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef;

    /*//////////////////////////////////////////////////////////////
                                STORAGE
    //////////////////////////////////////////////////////////////*/

    /// @dev The rest of a title's record, in eight slots. Status, model, tier, count and purchase date live in the
    /// token's ownership slot (see above).
    struct Record {
        // slot 0
        bytes32 serialsCommitment;
        // slot 1: the pledgor is written in the slot the purchase price already occupies.
        address pledgor;
        uint96 purchasePrice;
        // slot 2: insurance numbers, the rejection reason and the pledgor epoch (216 bits).
        uint96 coverage;
        uint40 insuranceExpiry;
        uint40 insuranceVerifiedUntil;
        bool insuranceVerified;
        RejectionReason rejectionReason;
        // How many times the pledgor has changed: loans name their borrower by (title, epoch), see `pledge`.
        uint24 pledgorEpoch;
        // slot 3: the appraisal's numbers (192 bits).
        uint96 appraisedValue;
        uint40 appraisedAt;
        uint40 appraisalValidUntil;
        uint16 depreciationBps;
        // slot 4
        bytes32 reportHash;
        // slots 5-7: texts of up to 32 bytes, packed by TitleText.
        bytes32 dataCenter;
        bytes32 insurer;
        bytes32 policyId;
    }

    /// @dev A model's rate and flag, in one slot so `submit` and `appraise` read one slot. Names are kept apart.
    struct ModelConfig {
        uint16 depreciationBps;
        bool allowed;
    }

    /// @notice The contract that renders `tokenURI`, deployed by the constructor.
    GPUTitleRenderer public immutable renderer;

    /// @inheritdoc IGPUTitleRegistry
    uint256 public lastTitleId;
    /// @inheritdoc IGPUTitleRegistry
    address public loanManager;
    /// @inheritdoc IGPUTitleRegistry
    uint256 public modelCount;
    /// @inheritdoc IGPUTitleRegistry
    uint256 public adminCount;

    mapping(uint256 titleId => Record) internal _records;
    /// @dev The last title each serial was registered in. The serial is taken while that title is live (owner
    /// non-zero) and not Rejected: rejecting or burning a title frees its serials without touching this mapping.
    mapping(bytes32 serial => uint256 titleId) internal _serialTitles;
    mapping(uint8 modelId => ModelConfig) internal _modelConfigs;
    mapping(uint8 modelId => bytes32 name) internal _modelNames;
    mapping(bytes32 name => uint8 modelId) internal _modelIds;

    /// @param admin The default admin: manages models, the loan manager and roles.
    constructor(address admin) {
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        renderer = new GPUTitleRenderer();
    }

    /*//////////////////////////////////////////////////////////////
                                 ADMIN
    //////////////////////////////////////////////////////////////*/

    /// @inheritdoc IGPUTitleRegistry
    function addModel(string calldata name_, uint16 depreciationBps)
        external
        onlyRole(DEFAULT_ADMIN_ROLE)
        returns (uint8 modelId)
    {
        bytes32 packed = _text(TextField.ModelName, name_);
        _checkRate(depreciationBps);
        uint8 existing = _modelIds[packed];
        if (existing != 0) revert ModelAlreadyListed(name_, existing);
        uint256 count = modelCount;
        if (count == MAX_MODELS) revert TooManyModels(MAX_MODELS);

        modelId = uint8(count + 1);
        modelCount = count + 1;
        _modelConfigs[modelId] = ModelConfig({depreciationBps: depreciationBps, allowed: true});
        _modelNames[modelId] = packed;
        _modelIds[packed] = modelId;
        emit ModelAdded(modelId, name_, depreciationBps);
    }

    /// @inheritdoc IGPUTitleRegistry
    function setModel(uint8 modelId, uint16 depreciationBps, bool allowed) external onlyRole(DEFAULT_ADMIN_ROLE) {
        if (modelId == 0 || modelId > modelCount) revert ModelNotAllowed(modelId);
        _checkRate(depreciationBps);
        _modelConfigs[modelId] = ModelConfig({depreciationBps: depreciationBps, allowed: allowed});
        emit ModelUpdated(modelId, depreciationBps, allowed);
    }

    /// @inheritdoc IGPUTitleRegistry
    function setLoanManager(address loanManager_) external onlyRole(DEFAULT_ADMIN_ROLE) {
        if (loanManager_ == address(0)) revert ZeroAddress();
        if (loanManager != address(0)) revert LoanManagerAlreadySet(loanManager);
        emit LoanManagerSet(address(0), loanManager_);
        loanManager = loanManager_;
    }

    /// @dev Roles are never granted to the zero address; the admin count follows every grant.
    function _grantRole(bytes32 role, address account) internal override returns (bool granted) {
        if (account == address(0)) revert ZeroAddress();
        granted = super._grantRole(role, account);
        if (granted && role == DEFAULT_ADMIN_ROLE) ++adminCount;
    }

    /// @dev The last admin can be neither revoked nor renounced: the registry would lose its model list and role
    /// management for good. Handing over is grant first, then revoke (or renounce).
    function _revokeRole(bytes32 role, address account) internal override returns (bool revoked) {
        revoked = super._revokeRole(role, account);
        if (revoked && role == DEFAULT_ADMIN_ROLE) {
            if (adminCount == 1) revert LastAdmin(account);
            --adminCount;
        }
    }

    /*//////////////////////////////////////////////////////////////
                                BORROWER
    //////////////////////////////////////////////////////////////*/

    /// @inheritdoc IGPUTitleRegistry
    function submit(TitleInput calldata input) external returns (uint256 titleId) {
        uint8 modelId = input.modelId;
        if (!_modelConfigs[modelId].allowed) revert ModelNotAllowed(modelId);
        uint256 count = input.gpuCount;
        if (count == 0 || count > MAX_GPUS_PER_TITLE) revert GpuCountOutOfBounds(count, MAX_GPUS_PER_TITLE);
        if (input.serials.length != count) revert SerialCountMismatch(count, input.serials.length);
        if (input.dataCenterTier == 0 || input.dataCenterTier > MAX_DATA_CENTER_TIER) {
            revert InvalidTier(input.dataCenterTier);
        }
        _checkUsd(input.purchasePrice);
        if (input.purchaseDate == 0 || input.purchaseDate > block.timestamp) {
            revert InvalidPurchaseDate(input.purchaseDate, block.timestamp);
        }
        bytes32 dataCenter = _text(TextField.DataCenter, input.dataCenter);
        (bytes32 insurer, bytes32 policyId) = _checkInsurance(input.insurance);
        bytes32[] memory serials = input.serials;
        bytes32 commitment = SerialNumbers.commitment(serials);

        titleId = lastTitleId + 1;
        lastTitleId = titleId;
        for (uint256 i; i < count; ++i) {
            bytes32 serial = serials[i];
            uint256 previous = _serialTitles[serial];
            if (previous != 0 && _holdsSerials(previous)) revert SerialAlreadyRegistered(serial, previous);
            _serialTitles[serial] = titleId;
        }
        Record storage r = _records[titleId];
        r.serialsCommitment = commitment;
        r.purchasePrice = input.purchasePrice;
        r.coverage = input.insurance.coverage;
        r.insuranceExpiry = input.insurance.expiry;
        r.dataCenter = dataCenter;
        r.insurer = insurer;
        r.policyId = policyId;

        uint96 extra = uint96(
            uint256(uint8(Status.Pending)) | (uint256(modelId) << _MODEL_SHIFT)
                | (uint256(input.dataCenterTier) << _TIER_SHIFT) | (count << _COUNT_SHIFT)
                | (uint256(input.purchaseDate) << _PURCHASE_DATE_SHIFT)
        );
        // A plain mint: no receiver callback, so nothing runs between the mint and the event.
        _mintAndSetExtraDataUnchecked(msg.sender, titleId, extra);
        emit TitleSubmitted(titleId, msg.sender, modelId, commitment, input);
    }

    /// @inheritdoc IGPUTitleRegistry
    function updateInsurance(uint256 titleId, Insurance calldata insurance) external {
        Status status = _liveStatus(titleId);
        address holder =
            (status == Status.Pledged || status == Status.Liquidating) ? _records[titleId].pledgor : _ownerOf(titleId);
        if (msg.sender != holder) revert NotTitleHolder(titleId, msg.sender, holder);
        (bytes32 insurer, bytes32 policyId) = _checkInsurance(insurance);

        Record storage r = _records[titleId];
        r.insurer = insurer;
        r.policyId = policyId;
        r.coverage = insurance.coverage;
        r.insuranceExpiry = insurance.expiry;
        r.insuranceVerified = false;
        emit InsuranceUpdated(titleId, msg.sender, insurance);
    }

    /// @inheritdoc IGPUTitleRegistry
    function requestRedemption(uint256 titleId) external {
        _onlyOwner(titleId);
        _transition(titleId, Status.Appraised, Status.RedemptionRequested);
        emit RedemptionRequested(titleId, msg.sender);
    }

    /// @inheritdoc IGPUTitleRegistry
    function cancelRedemption(uint256 titleId) external {
        _onlyOwner(titleId);
        _transition(titleId, Status.RedemptionRequested, Status.Appraised);
        emit RedemptionCancelled(titleId, msg.sender);
    }

    /// @inheritdoc IGPUTitleRegistry
    function withdraw(uint256 titleId) external {
        _onlyOwner(titleId);
        Status status = _statusOf(titleId);
        if ((1 << uint256(status)) & _WITHDRAWABLE == 0) {
            revert InvalidStatus(titleId, status);
        }
        _setStatus(titleId, Status.Withdrawn);
        _burn(titleId);
        emit TitleWithdrawn(titleId, msg.sender);
    }

    /*//////////////////////////////////////////////////////////////
                           APPRAISER, CUSTODIAN
    //////////////////////////////////////////////////////////////*/

    /// @inheritdoc IGPUTitleRegistry
    function appraise(uint256 titleId, uint96 value, uint40 validUntil, bytes32 reportHash)
        external
        onlyRole(APPRAISER_ROLE)
    {
        uint96 extra = _getExtraData(titleId);
        Status status = _liveStatus(titleId);
        if ((1 << uint256(status)) & _APPRAISABLE == 0) {
            revert InvalidStatus(titleId, status);
        }
        _checkUsd(value);
        if (validUntil <= block.timestamp || validUntil > block.timestamp + MAX_APPRAISAL_VALIDITY) {
            revert InvalidAppraisalValidity(validUntil, block.timestamp, MAX_APPRAISAL_VALIDITY);
        }
        if (reportHash == 0) revert ZeroReportHash();
        Record storage r = _records[titleId];
        uint40 insuranceExpiry = r.insuranceExpiry;
        if (insuranceExpiry <= block.timestamp) revert InsuranceExpired(insuranceExpiry, block.timestamp);
        // The model's rate is snapshotted: a later change of the allow-list never moves an existing appraisal.
        uint16 rate = _modelConfigs[uint8(extra >> _MODEL_SHIFT)].depreciationBps;

        r.appraisedValue = value;
        r.appraisedAt = uint40(block.timestamp);
        r.appraisalValidUntil = validUntil;
        r.depreciationBps = rate;
        r.reportHash = reportHash;
        r.insuranceVerified = true;
        r.insuranceVerifiedUntil = insuranceExpiry;
        if (status == Status.Pending) _setStatus(titleId, Status.Appraised);
        emit TitleAppraised(titleId, msg.sender, value, validUntil, rate, reportHash, insuranceExpiry);
    }

    /// @inheritdoc IGPUTitleRegistry
    function reject(uint256 titleId, RejectionReason reason) external onlyRole(APPRAISER_ROLE) {
        _setReason(titleId, reason);
        _transition(titleId, Status.Pending, Status.Rejected);
        emit TitleRejected(titleId, msg.sender, reason);
    }

    /// @inheritdoc IGPUTitleRegistry
    function verifyInsurance(uint256 titleId) external onlyRole(APPRAISER_ROLE) {
        Status status = _liveStatus(titleId);
        if ((1 << uint256(status)) & _VALUED == 0) {
            revert InvalidStatus(titleId, status);
        }
        Record storage r = _records[titleId];
        if (r.insuranceVerified) revert InsuranceAlreadyVerified(titleId);
        uint40 expiry = r.insuranceExpiry;
        if (expiry <= block.timestamp) revert InsuranceExpired(expiry, block.timestamp);
        r.insuranceVerified = true;
        r.insuranceVerifiedUntil = expiry;
        emit InsuranceVerified(titleId, msg.sender, expiry);
    }

    /// @inheritdoc IGPUTitleRegistry
    function confirmRedemption(uint256 titleId) external onlyRole(CUSTODIAN_ROLE) {
        _transition(titleId, Status.RedemptionRequested, Status.Redeemed);
        address holder = _ownerOf(titleId);
        _burn(titleId);
        emit TitleRedeemed(titleId, holder, msg.sender);
    }

    /// @inheritdoc IGPUTitleRegistry
    function voidTitle(uint256 titleId, RejectionReason reason) external onlyRole(CUSTODIAN_ROLE) {
        // The reason is checked first, as by `reject` (its write is undone by any revert below).
        _setReason(titleId, reason);
        (, uint256 packed) = _ownership(titleId);
        Status status = _liveStatusOf(titleId, packed);
        // A title backing a loan is the loan's collateral: never taken from its escrow.
        if (status == Status.Pledged || status == Status.Liquidating) revert InvalidStatus(titleId, status);
        _setStatus(titleId, Status.Voided);
        _burn(titleId);
        emit TitleVoided(titleId, address(uint160(packed)), msg.sender, reason);
    }

    /*//////////////////////////////////////////////////////////////
                           LOAN MANAGER HOOKS
    //////////////////////////////////////////////////////////////*/

    /// @inheritdoc IGPUTitleRegistry
    function pledge(uint256 titleId, address borrower)
        external
        returns (uint256 value, uint256 epoch, address previousPledgor)
    {
        if (msg.sender != loanManager) revert CallerNotLoanManager(msg.sender, loanManager);
        (uint256 slot, uint256 packed) = _ownership(titleId);
        Status status = _liveStatusOf(titleId, packed);
        if (status != Status.Appraised) revert InvalidStatus(titleId, status);
        address owner = address(uint160(packed));
        if (owner != borrower) revert BorrowerNotOwner(titleId, borrower, owner);
        value = _currentValue(titleId, status);
        if (value == 0) revert NoCurrentValue(titleId);

        // The pledgor is written only when it changes (its slot was just read, warm). A change from an earlier
        // pledgor starts a new epoch (in the insurance slot, which `_currentValue` read) and hands the earlier one
        // back, for the loan manager to keep with the loans of the epoch that ended.
        Record storage r = _records[titleId];
        uint24 current = r.pledgorEpoch;
        address previous = r.pledgor;
        if (previous != borrower) {
            r.pledgor = borrower;
            if (previous != address(0)) {
                if (current == type(uint24).max) revert PledgorEpochsExhausted(titleId, previous);
                previousPledgor = previous;
                r.pledgorEpoch = ++current;
            }
        }
        epoch = current;
        _move(titleId, slot, packed, msg.sender, Status.Pledged);
        emit TitlePledged(titleId, borrower, msg.sender, value);
    }

    /// @inheritdoc IGPUTitleRegistry
    function release(uint256 titleId) external {
        (uint256 slot, uint256 packed) = _ownership(titleId);
        Status status = _liveStatusOf(titleId, packed);
        if (status != Status.Pledged && status != Status.Liquidating) revert InvalidStatus(titleId, status);
        address pledgor = _records[titleId].pledgor;
        _handOver(titleId, slot, packed, pledgor);
        emit TitleReleased(titleId, msg.sender, pledgor);
    }

    /// @inheritdoc IGPUTitleRegistry
    function startLiquidation(uint256 titleId) external {
        (uint256 slot, uint256 packed) = _ownership(titleId);
        Status status = _liveStatusOf(titleId, packed);
        if (status != Status.Pledged) revert InvalidStatus(titleId, status);
        address escrow = address(uint160(packed));
        if (msg.sender != escrow) revert CallerNotEscrow(titleId, msg.sender, escrow);
        // The status byte goes from Pledged to Liquidating, in the word just read.
        uint256 liquidating = (packed & ~(uint256(_STATUS_MASK) << 160)) | (uint256(Status.Liquidating) << 160);
        /// @solidity memory-safe-assembly
        assembly {
            sstore(slot, liquidating)
        }
        emit LiquidationStarted(titleId, msg.sender);
    }

    /// @inheritdoc IGPUTitleRegistry
    function settleLiquidation(uint256 titleId, address recipient) external {
        (uint256 slot, uint256 packed) = _ownership(titleId);
        Status status = _liveStatusOf(titleId, packed);
        if (status != Status.Liquidating) revert InvalidStatus(titleId, status);
        _handOver(titleId, slot, packed, recipient);
        emit LiquidationSettled(titleId, msg.sender, recipient);
    }

    /// @dev Escrow check, then out of escrow to `to` and back to Appraised, with no receiver callback. `slot` and
    /// `packed` are the title's ownership slot and word (`_ownership`).
    function _handOver(uint256 titleId, uint256 slot, uint256 packed, address to) internal {
        address escrow = address(uint160(packed));
        if (msg.sender != escrow) revert CallerNotEscrow(titleId, msg.sender, escrow);
        if (to == address(0) || to == address(this)) revert InvalidRecipient(to);
        // The pledgor stays recorded: nothing reads it unless the title is Pledged or Liquidating, and the next pledge
        // overwrites it, so clearing it would cost a storage write for nothing.
        _move(titleId, slot, packed, to, Status.Appraised);
    }

    /// @dev The hooks' transfer: moves `titleId` from its owner to `to` (checked by the caller) and sets its status,
    /// in one write of the ownership word `packed`, read from `ownershipSlot` by the caller in this call (Solady's
    /// `_transfer` followed by a status write would read it twice and write it twice). No receiver callback. The token
    /// approval is cleared, read only when the approval flag is set (a pledged title never has one: `pledge` clears
    /// it and the escrow approves nobody); the flag is cleared.
    function _move(uint256 titleId, uint256 ownershipSlot, uint256 packed, address to, Status status) internal {
        address from = address(uint160(packed));
        /// @solidity memory-safe-assembly
        assembly {
            if and(packed, shl(160, _APPROVAL_FLAG)) {
                if sload(add(1, ownershipSlot)) { sstore(add(1, ownershipSlot), 0) }
            }
            // Keep the extra data but the status byte and the flag; the new owner and status go in.
            let keep := shl(160, not(or(_STATUS_MASK, _APPROVAL_FLAG)))
            sstore(ownershipSlot, or(and(packed, keep), or(to, shl(160, status))))
            // Decrement the balance of `from`.
            mstore(0x1c, _ERC721_SLOT_SEED)
            mstore(0x00, from)
            let fromBalanceSlot := keccak256(0x0c, 0x1c)
            sstore(fromBalanceSlot, sub(sload(fromBalanceSlot), 1))
            // Increment the balance of `to`.
            mstore(0x00, to)
            let toBalanceSlot := keccak256(0x0c, 0x1c)
            let toBalancePacked := add(sload(toBalanceSlot), 1)
            if iszero(and(toBalancePacked, _MAX_ACCOUNT_BALANCE)) {
                mstore(0x00, 0x01336cea) // `AccountBalanceOverflow()`.
                revert(0x1c, 0x04)
            }
            sstore(toBalanceSlot, toBalancePacked)
            log4(codesize(), 0x00, _TRANSFER_TOPIC, from, to, titleId)
        }
    }

    /*//////////////////////////////////////////////////////////////
                                 ERC-721
    //////////////////////////////////////////////////////////////*/

    /// @notice "AID GPU Title".
    function name() public pure override returns (string memory) {
        return "AID GPU Title";
    }

    /// @notice "GPUT".
    function symbol() public pure override returns (string memory) {
        return "GPUT";
    }

    /// @notice The metadata, built on chain: `data:application/json;base64,...` with an SVG certificate as `image`.
    function tokenURI(uint256 titleId) public view override returns (string memory) {
        if (!_exists(titleId)) revert TokenDoesNotExist();
        return renderer.tokenURI(_title(titleId), block.timestamp);
    }

    /// @dev Solady's `approve` is payable; this one refuses ether. An approval sets the token's approval flag.
    function approve(address account, uint256 titleId) public payable override {
        if (msg.value != 0) revert EtherNotAccepted(msg.value);
        super.approve(account, titleId);
        if (account != address(0)) _setExtraData(titleId, _getExtraData(titleId) | _APPROVAL_FLAG);
    }

    /// @dev Solady's `transferFrom` (also reached by both `safeTransferFrom`s) with the registry's transfer rules
    /// applied to the ownership word it loads anyway (a `_beforeTokenTransfer` hook would read that word a second
    /// time; the registry has none: mints and burns have their own checks, and the loan manager's hooks move titles
    /// with `_move`): ether is refused, titles that are Pledged, Liquidating or RedemptionRequested do not move,
    /// and nothing is sent to the registry itself. The checks run in the hook's order, before Solady's own. The
    /// approval slot is read (and cleared) only when the approval flag is set, or for a caller other than the owner;
    /// the flag is cleared in the ownership word the transfer writes anyway.
    function transferFrom(address from, address to, uint256 id) public payable override {
        if (msg.value != 0) revert EtherNotAccepted(msg.value);
        /// @solidity memory-safe-assembly
        assembly {
            // Clear the upper 96 bits.
            let bitmaskAddress := shr(96, not(0))
            from := and(bitmaskAddress, from)
            to := and(bitmaskAddress, to)
            // Load the ownership data.
            mstore(0x00, id)
            mstore(0x1c, or(_ERC721_SLOT_SEED, caller()))
            let ownershipSlot := add(id, add(id, keccak256(0x00, 0x20)))
            let ownershipPacked := sload(ownershipSlot)
            // The status is the low byte of the extra data: Pledged (4), Liquidating (5) and RedemptionRequested (6)
            // cannot move.
            let status := and(shr(160, ownershipPacked), 0xff)
            if lt(sub(status, 4), 3) {
                // `InvalidStatus(id, status)`.
                mstore(0x00, 0x07dbba4c)
                mstore(0x20, id)
                mstore(0x40, status)
                revert(0x1c, 0x44)
            }
            if eq(to, address()) {
                // `InvalidRecipient(to)`.
                mstore(0x00, 0x17858bbe)
                mstore(0x20, to)
                revert(0x1c, 0x24)
            }
            let owner := and(bitmaskAddress, ownershipPacked)
            // Revert if the token does not exist, or if `from` is not the owner.
            if iszero(mul(owner, eq(owner, from))) {
                // `TokenDoesNotExist()`, `TransferFromIncorrectOwner()`.
                mstore(shl(2, iszero(owner)), 0xceea21b6a1148100)
                revert(0x1c, 0x04)
            }
            // Load, check, and update the token approval: with the flag clear there is none to read.
            {
                mstore(0x00, from)
                let flag := shl(160, _APPROVAL_FLAG)
                let mayBeApproved := and(ownershipPacked, flag)
                if or(mayBeApproved, iszero(eq(caller(), from))) {
                    let approvedAddress := sload(add(1, ownershipSlot))
                    // Revert if the caller is not the owner, nor approved.
                    if iszero(or(eq(caller(), from), eq(caller(), approvedAddress))) {
                        if iszero(sload(keccak256(0x0c, 0x30))) {
                            mstore(0x00, 0x4b6e7f18) // `NotOwnerNorApproved()`.
                            revert(0x1c, 0x04)
                        }
                    }
                    // Delete the approved address if any.
                    if approvedAddress { sstore(add(1, ownershipSlot), 0) }
                }
                // Clear the flag with the owner update below.
                ownershipPacked := xor(ownershipPacked, mayBeApproved)
            }
            // Update with the new owner.
            sstore(ownershipSlot, xor(ownershipPacked, xor(from, to)))
            // Decrement the balance of `from`.
            {
                let fromBalanceSlot := keccak256(0x0c, 0x1c)
                sstore(fromBalanceSlot, sub(sload(fromBalanceSlot), 1))
            }
            // Increment the balance of `to`.
            {
                mstore(0x00, to)
                let toBalanceSlot := keccak256(0x0c, 0x1c)
                let toBalanceSlotPacked := add(sload(toBalanceSlot), 1)
                // Revert if `to` is the zero address, or if the account balance overflows.
                if iszero(mul(to, and(toBalanceSlotPacked, _MAX_ACCOUNT_BALANCE))) {
                    // `TransferToZeroAddress()`, `AccountBalanceOverflow()`.
                    mstore(shl(2, iszero(to)), 0xea553b3401336cea)
                    revert(0x1c, 0x04)
                }
                sstore(toBalanceSlot, toBalanceSlotPacked)
            }
            // Emit the {Transfer} event.
            log4(codesize(), 0x00, _TRANSFER_TOPIC, from, to, id)
        }
    }

    /// @inheritdoc ERC721
    function supportsInterface(bytes4 interfaceId) public view override(ERC721, AccessControl) returns (bool) {
        return ERC721.supportsInterface(interfaceId) || AccessControl.supportsInterface(interfaceId);
    }

    /*//////////////////////////////////////////////////////////////
                                 VIEWS
    //////////////////////////////////////////////////////////////*/

    /// @inheritdoc IGPUTitleRegistry
    function currentValue(uint256 titleId) external view returns (uint256) {
        return _currentValue(titleId, _statusOf(titleId));
    }

    /// @inheritdoc IGPUTitleRegistry
    function statusOf(uint256 titleId) external view returns (Status) {
        return Status(uint8(_getExtraData(titleId) & _STATUS_MASK));
    }

    /// @inheritdoc IGPUTitleRegistry
    function pledgorOf(uint256 titleId) external view returns (address pledgor, uint256 epoch) {
        Record storage r = _records[titleId];
        return (r.pledgor, r.pledgorEpoch);
    }

    /// @inheritdoc IGPUTitleRegistry
    function title(uint256 titleId) external view returns (Title memory) {
        _statusOf(titleId);
        return _title(titleId);
    }

    /// @inheritdoc IGPUTitleRegistry
    function titlesOf(address account, uint256 fromId, uint256 maxScan)
        external
        view
        returns (Title[] memory, uint256)
    {
        return _scan(account, false, fromId, maxScan);
    }

    /// @inheritdoc IGPUTitleRegistry
    function pendingTitles(uint256 fromId, uint256 maxScan) external view returns (Title[] memory, uint256) {
        return _scan(address(0), true, fromId, maxScan);
    }

    /// @inheritdoc IGPUTitleRegistry
    function serialTitle(bytes32 serial) external view returns (uint256 titleId) {
        titleId = _serialTitles[serial];
        if (titleId != 0 && !_holdsSerials(titleId)) titleId = 0;
    }

    /// @inheritdoc IGPUTitleRegistry
    function serialsCommitment(bytes32[] memory serials) external pure returns (bytes32) {
        SerialNumbers.sort(serials);
        return SerialNumbers.commitment(serials);
    }

    /// @inheritdoc IGPUTitleRegistry
    function model(uint8 modelId) public view returns (Model memory m) {
        ModelConfig memory config = _modelConfigs[modelId];
        m.name = TitleText.unpack(_modelNames[modelId]);
        m.depreciationBps = config.depreciationBps;
        m.allowed = config.allowed;
    }

    /// @inheritdoc IGPUTitleRegistry
    function models() external view returns (Model[] memory list) {
        uint256 count = modelCount;
        list = new Model[](count);
        for (uint256 i; i < count; ++i) {
            list[i] = model(uint8(i + 1));
        }
    }

    /*//////////////////////////////////////////////////////////////
                                INTERNAL
    //////////////////////////////////////////////////////////////*/

    /// @dev A title's ownership slot and its word: owner (160 bits) | extra data (96 bits).
    function _ownership(uint256 titleId) internal view returns (uint256 slot, uint256 packed) {
        /// @solidity memory-safe-assembly
        assembly {
            mstore(0x00, titleId)
            mstore(0x1c, _ERC721_SLOT_SEED)
            slot := add(titleId, add(titleId, keccak256(0x00, 0x20)))
            packed := sload(slot)
        }
    }

    /// @dev `_liveStatus` from the ownership word `packed` already read.
    function _liveStatusOf(uint256 titleId, uint256 packed) internal pure returns (Status status) {
        status = Status(uint8(packed >> 160));
        if (status == Status.None) revert TitleNotFound(titleId);
        // Redeemed, Withdrawn and Voided, the burned statuses, are the last three.
        if (status >= Status.Redeemed) revert InvalidStatus(titleId, status);
    }

    /// @dev The status of a minted title; reverts for an id never minted.
    function _statusOf(uint256 titleId) internal view returns (Status status) {
        status = Status(uint8(_getExtraData(titleId) & _STATUS_MASK));
        if (status == Status.None) revert TitleNotFound(titleId);
    }

    /// @dev The status of a live (not burned) title; reverts for an id never minted, `InvalidStatus` for a burned one.
    function _liveStatus(uint256 titleId) internal view returns (Status) {
        (, uint256 packed) = _ownership(titleId);
        return _liveStatusOf(titleId, packed);
    }

    /// @dev Whether a title still holds the serials it was submitted with: live (an owner) and not Rejected.
    function _holdsSerials(uint256 titleId) internal view returns (bool holds) {
        uint256 rejected = uint256(Status.Rejected);
        /// @solidity memory-safe-assembly
        assembly {
            // The ownership word, as `_ownership` reads it: owner in the low 160 bits, status in the next 8.
            mstore(0x00, titleId)
            mstore(0x1c, _ERC721_SLOT_SEED)
            let packed := sload(add(titleId, add(titleId, keccak256(0x00, 0x20))))
            holds := and(iszero(iszero(shl(96, packed))), iszero(eq(and(shr(160, packed), 0xff), rejected)))
        }
    }

    /// @dev Records why a title was rejected or voided; `None` is not a reason.
    function _setReason(uint256 titleId, RejectionReason reason) internal {
        if (reason == RejectionReason.None) revert InvalidRejectionReason();
        _records[titleId].rejectionReason = reason;
    }

    function _setStatus(uint256 titleId, Status status) internal {
        _setExtraData(titleId, (_getExtraData(titleId) & ~_STATUS_MASK) | uint96(uint8(status)));
    }

    /// @dev Moves a title from exactly `from` to `to`.
    function _transition(uint256 titleId, Status from, Status to) internal {
        Status status = _statusOf(titleId);
        if (status != from) revert InvalidStatus(titleId, status);
        _setStatus(titleId, to);
    }

    function _onlyOwner(uint256 titleId) internal view {
        address owner = _ownerOf(titleId);
        if (owner == address(0)) _statusOf(titleId); // a clearer error for an id never minted
        if (msg.sender != owner) revert NotTitleHolder(titleId, msg.sender, owner);
    }

    function _currentValue(uint256 titleId, Status status) internal view returns (uint256) {
        if ((1 << uint256(status)) & _VALUED == 0) return 0;
        Record storage r = _records[titleId];
        uint256 validUntil = r.appraisalValidUntil;
        uint256 insuredUntil = r.insuranceVerifiedUntil;
        return Depreciation.valueAt(
            r.appraisedValue,
            r.depreciationBps,
            r.appraisedAt,
            validUntil < insuredUntil ? validUntil : insuredUntil,
            block.timestamp
        );
    }

    function _title(uint256 titleId) internal view returns (Title memory t) {
        uint96 extra = _getExtraData(titleId);
        Record storage r = _records[titleId];
        t.id = titleId;
        t.owner = _ownerOf(titleId);
        t.status = Status(uint8(extra & _STATUS_MASK));
        if (t.status == Status.Pledged || t.status == Status.Liquidating) t.pledgor = r.pledgor;
        t.modelId = uint8(extra >> _MODEL_SHIFT);
        t.modelName = TitleText.unpack(_modelNames[t.modelId]);
        t.dataCenterTier = uint8(extra >> _TIER_SHIFT);
        t.gpuCount = uint16(extra >> _COUNT_SHIFT);
        t.purchaseDate = uint40(extra >> _PURCHASE_DATE_SHIFT);
        t.serialsCommitment = r.serialsCommitment;
        t.dataCenter = TitleText.unpack(r.dataCenter);
        t.purchasePrice = r.purchasePrice;
        t.insurance = Insurance({
            insurer: TitleText.unpack(r.insurer),
            policyId: TitleText.unpack(r.policyId),
            coverage: r.coverage,
            expiry: r.insuranceExpiry
        });
        t.insuranceVerifiedUntil = r.insuranceVerifiedUntil;
        t.insuranceVerified = r.insuranceVerified;
        t.appraisedValue = r.appraisedValue;
        t.appraisedAt = r.appraisedAt;
        t.appraisalValidUntil = r.appraisalValidUntil;
        t.depreciationBps = r.depreciationBps;
        t.reportHash = r.reportHash;
        t.rejectionReason = r.rejectionReason;
        t.currentValue = _currentValue(titleId, t.status);
    }

    /// @dev Examines ids [fromId, fromId + maxScan) and returns the matching records: live titles `account` owns or
    /// has pledged, or (with `pendingOnly`) Pending titles.
    function _scan(address account, bool pendingOnly, uint256 fromId, uint256 maxScan)
        internal
        view
        returns (Title[] memory titles, uint256 nextId)
    {
        if (maxScan == 0) revert ZeroScan();
        if (maxScan > MAX_SCAN) maxScan = MAX_SCAN;
        if (fromId == 0) fromId = 1;
        uint256 last = lastTitleId;
        if (fromId > last) return (titles, 0);
        uint256 end = last - fromId < maxScan ? last : fromId + maxScan - 1;
        nextId = end == last ? 0 : end + 1;

        uint256[] memory ids = new uint256[](end - fromId + 1);
        uint256 found;
        for (uint256 id = fromId; id <= end; ++id) {
            Status status = Status(uint8(_getExtraData(id) & _STATUS_MASK));
            bool matches;
            if (pendingOnly) {
                matches = status == Status.Pending;
            } else if (status == Status.Pledged || status == Status.Liquidating) {
                matches = _records[id].pledgor == account || _ownerOf(id) == account;
            } else {
                matches = account != address(0) && _ownerOf(id) == account;
            }
            if (matches) ids[found++] = id;
        }
        titles = new Title[](found);
        for (uint256 i; i < found; ++i) {
            titles[i] = _title(ids[i]);
        }
    }

    function _checkInsurance(Insurance calldata insurance) internal view returns (bytes32 insurer, bytes32 policyId) {
        insurer = _text(TextField.Insurer, insurance.insurer);
        policyId = _text(TextField.PolicyId, insurance.policyId);
        _checkUsd(insurance.coverage);
        if (insurance.expiry <= block.timestamp) revert InsuranceExpired(insurance.expiry, block.timestamp);
        if (insurance.expiry > block.timestamp + MAX_INSURANCE_TERM) {
            revert InsuranceTermTooLong(insurance.expiry, block.timestamp + MAX_INSURANCE_TERM);
        }
    }

    function _text(TextField field, string calldata value) internal pure returns (bytes32) {
        if (!TitleText.isValid(value)) revert InvalidText(field, value);
        return TitleText.pack(value);
    }

    function _checkUsd(uint256 value) internal pure {
        if (value == 0 || value > MAX_USD_VALUE) revert UsdValueOutOfBounds(value, MAX_USD_VALUE);
    }

    function _checkRate(uint256 rateBps) internal pure {
        if (rateBps < MIN_DEPRECIATION_BPS || rateBps > MAX_DEPRECIATION_BPS) {
            revert DepreciationRateOutOfBounds(rateBps, MIN_DEPRECIATION_BPS, MAX_DEPRECIATION_BPS);
        }
    }
}
