// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

/// @title GPU title registry
/// @notice An ERC-721 where one token (a "title") is one batch of physical GPUs, carrying typed, on-chain facts: GPU
/// model, count, a commitment to the serial numbers, data centre and tier, purchase price and date, insurance policy,
/// appraisal, custody and redemption status. `tokenURI` is built on chain (JSON and an SVG certificate).
///
/// State machine (every other transition reverts with `InvalidStatus`):
///
///     submit ──> Pending ──appraise──> Appraised ──pledge──> Pledged ──startLiquidation──> Liquidating
///                  │  │                  ▲  │  ▲                │  ▲                            │    │
///                  │  └─reject─> Rejected│  │  └────release─────┘  │                            │    │
///                  │               │     │  │  ◄──────release (borrower repaid during auction)──┘    │
///                  │               │     │  │  ◄──────settleLiquidation (buyer or recovery address)──┘
///                  │               │     │  └─requestRedemption─> RedemptionRequested ──confirmRedemption─> Redeemed
///                  │               │     └────cancelRedemption──────────┘
///                  └───────────────┴──── withdraw (also from Appraised) ──> Withdrawn
///
///     voidTitle (custodian; from any live status but Pledged and Liquidating) ──> Voided
///
/// Redeemed, Withdrawn and Voided titles are burned; their records stay readable through `title(id)` and their ids
/// are never reused. A title can be transferred only while Pending, Appraised or Rejected: never while Pledged, Liquidating or
/// RedemptionRequested, except by the registry's own loan-manager hooks.
///
/// Roles: the admin (`DEFAULT_ADMIN_ROLE`; a timelock in real deployments; the last one can never be revoked or
/// renounced) manages the model allow-list, the loan manager address and role grants. The appraiser records appraisals, verifies insurance and
/// rejects listings. The custodian confirms physical redemptions and voids listings it finds fraudulent or duplicated
/// (never a title backing a loan). The loan manager pledges titles into its escrow;
/// whoever holds a pledged title in escrow (the loan manager that pledged it) releases it, starts and settles its
/// liquidation.
///
/// Units: USD amounts have 18 decimals (1e18 = one dollar, the same unit as AID); times are unix seconds; rates are
/// basis points per 365-day year.
interface IGPUTitleRegistry {
    /*//////////////////////////////////////////////////////////////
                                 TYPES
    //////////////////////////////////////////////////////////////*/

    /// @notice Where a title is in its life. `None` is the status of an id that was never minted.
    enum Status {
        None,
        Pending,
        Appraised,
        Rejected,
        Pledged,
        Liquidating,
        RedemptionRequested,
        Redeemed,
        Withdrawn,
        Voided
    }

    /// @notice Why the appraiser rejected a listing, or the custodian voided a title. `None` is not a valid reason.
    enum RejectionReason {
        None,
        SerialsUnverified,
        CustodyUnverified,
        InsuranceInadequate,
        ValueUnsupported,
        DocumentsIncomplete,
        Other
    }

    /// @notice Which free-text field failed validation.
    enum TextField {
        ModelName,
        DataCenter,
        Insurer,
        PolicyId
    }

    /// @notice An insurance policy on the batch.
    /// @param insurer Free text, 1-32 characters (see `InvalidText`).
    /// @param policyId Free text, 1-32 characters.
    /// @param coverage The amount insured, USD with 18 decimals, non-zero.
    /// @param expiry When the policy ends (unix seconds), in the future.
    struct Insurance {
        string insurer;
        string policyId;
        uint96 coverage;
        uint40 expiry;
    }

    /// @notice What a borrower submits to list a GPU batch.
    /// @param modelId An allowed model from the allow-list (see `models()`).
    /// @param gpuCount Number of GPUs, 1 to `MAX_GPUS_PER_TITLE`; must equal `serials.length`.
    /// @param serials The serial numbers, each in canonical form (`0-9 A-Z`, no leading `0`, 1-32 characters; see
    /// SerialNumbers) and the list strictly increasing.
    /// @param dataCenter The data centre identifier, free text of 1-32 characters.
    /// @param dataCenterTier The data centre's Uptime tier, 1 to 4.
    /// @param purchasePrice USD with 18 decimals, non-zero, at most `MAX_USD_VALUE`.
    /// @param purchaseDate Unix seconds, non-zero and not in the future.
    /// @param insurance The policy covering the batch.
    struct TitleInput {
        uint8 modelId;
        uint16 gpuCount;
        bytes32[] serials;
        string dataCenter;
        uint8 dataCenterTier;
        uint96 purchasePrice;
        uint40 purchaseDate;
        Insurance insurance;
    }

    /// @notice The full record of a title, as the web app shows it.
    /// @param id The token id.
    /// @param owner The current holder: the loan manager's escrow while Pledged or Liquidating; zero once burned.
    /// @param pledgor The borrower who pledged the title; zero unless Pledged or Liquidating.
    /// @param status The title's status.
    /// @param modelId The GPU model's id in the allow-list.
    /// @param modelName The GPU model's name.
    /// @param gpuCount Number of GPUs in the batch.
    /// @param dataCenterTier The data centre's Uptime tier (1-4).
    /// @param purchaseDate When the batch was bought (unix seconds).
    /// @param serialsCommitment keccak256 of the sorted, normalised serials packed as bytes32 words.
    /// @param dataCenter The data centre identifier.
    /// @param purchasePrice USD, 18 decimals.
    /// @param insurance The insurance policy on record (possibly a renewal not yet verified).
    /// @param insuranceVerifiedUntil The expiry of the last policy the appraiser verified; 0 if none.
    /// @param insuranceVerified True when the policy on record is the verified one.
    /// @param appraisedValue USD, 18 decimals; 0 if never appraised.
    /// @param appraisedAt When the appraisal was recorded; 0 if never.
    /// @param appraisalValidUntil When the appraisal expires.
    /// @param depreciationBps The model's annual depreciation rate when the appraisal was recorded.
    /// @param reportHash A hash of the appraisal report.
    /// @param rejectionReason Why the listing was rejected or the title voided; `None` unless Rejected or Voided (or
    /// withdrawn after a rejection).
    /// @param currentValue `currentValue(id)` now.
    struct Title {
        uint256 id;
        address owner;
        address pledgor;
        Status status;
        uint8 modelId;
        string modelName;
        uint16 gpuCount;
        uint8 dataCenterTier;
        uint40 purchaseDate;
        bytes32 serialsCommitment;
        string dataCenter;
        uint96 purchasePrice;
        Insurance insurance;
        uint40 insuranceVerifiedUntil;
        bool insuranceVerified;
        uint96 appraisedValue;
        uint40 appraisedAt;
        uint40 appraisalValidUntil;
        uint16 depreciationBps;
        bytes32 reportHash;
        RejectionReason rejectionReason;
        uint256 currentValue;
    }

    /// @notice A GPU model in the allow-list.
    /// @param name e.g. "H100".
    /// @param depreciationBps Annual straight-line depreciation, in basis points of the appraised value.
    /// @param allowed Whether new titles may be submitted for this model.
    struct Model {
        string name;
        uint16 depreciationBps;
        bool allowed;
    }

    /*//////////////////////////////////////////////////////////////
                                 ERRORS
    //////////////////////////////////////////////////////////////*/

    /// @notice The address is zero where an account is required.
    error ZeroAddress();

    /// @notice The last admin cannot be revoked or renounced: the registry would lose its model list and role
    /// management.
    error LastAdmin(address account);

    /// @notice Ether was sent to a function that does not take it.
    error EtherNotAccepted(uint256 value);

    /// @notice No title has ever had this id.
    error TitleNotFound(uint256 titleId);

    /// @notice The title is not in a status that allows this action.
    /// @param titleId The title.
    /// @param status Its current status.
    error InvalidStatus(uint256 titleId, Status status);

    /// @notice Only the title's holder may do this (its owner; its pledgor while pledged, for insurance updates).
    error NotTitleHolder(uint256 titleId, address caller, address holder);

    /// @notice The model id is not in the allow-list, or new submissions for it are disabled.
    error ModelNotAllowed(uint8 modelId);

    /// @notice A model with this name is already listed.
    error ModelAlreadyListed(string name, uint8 modelId);

    /// @notice The allow-list is full.
    error TooManyModels(uint256 maximum);

    /// @notice The depreciation rate is outside [`MIN_DEPRECIATION_BPS`, `MAX_DEPRECIATION_BPS`].
    error DepreciationRateOutOfBounds(uint256 rateBps, uint256 minimum, uint256 maximum);

    /// @notice The GPU count is zero or above `MAX_GPUS_PER_TITLE`.
    error GpuCountOutOfBounds(uint256 gpuCount, uint256 maximum);

    /// @notice The GPU count does not match the number of serials given.
    error SerialCountMismatch(uint256 gpuCount, uint256 serialCount);

    /// @notice A serial is already in another live title that is not Rejected.
    error SerialAlreadyRegistered(bytes32 serial, uint256 titleId);

    /// @notice The data centre tier is not 1 to `MAX_DATA_CENTER_TIER`.
    error InvalidTier(uint8 tier);

    /// @notice A USD amount is zero or above `MAX_USD_VALUE`.
    error UsdValueOutOfBounds(uint256 value, uint256 maximum);

    /// @notice The purchase date is zero or later than now.
    error InvalidPurchaseDate(uint256 purchaseDate, uint256 nowTimestamp);

    /// @notice The insurance policy has expired (or expires now), or the title's verified cover has lapsed.
    error InsuranceExpired(uint256 expiry, uint256 nowTimestamp);

    /// @notice The insurance expiry is further out than `MAX_INSURANCE_TERM` from now (probably a unit error).
    error InsuranceTermTooLong(uint256 expiry, uint256 maximum);

    /// @notice The insurance policy on record is already verified.
    error InsuranceAlreadyVerified(uint256 titleId);

    /// @notice A free-text field is empty, longer than 32 bytes, starts or ends with a space, or holds a character
    /// outside printable ASCII less `"`, `\`, `<`, `>` and `&` (so the on-chain JSON and SVG need no escaping).
    error InvalidText(TextField field, string value);

    /// @notice The appraisal's validity ends in the past, now, or later than `MAX_APPRAISAL_VALIDITY` from now.
    error InvalidAppraisalValidity(uint256 validUntil, uint256 nowTimestamp, uint256 maximum);

    /// @notice The appraisal report hash is zero.
    error ZeroReportHash();

    /// @notice The rejection reason is `None`.
    error InvalidRejectionReason();

    /// @notice The caller is not the loan manager.
    error CallerNotLoanManager(address caller, address loanManager);

    /// @notice The loan manager is set once, and already is.
    error LoanManagerAlreadySet(address loanManager);

    /// @notice The caller is not the escrow holding this pledged title.
    error CallerNotEscrow(uint256 titleId, address caller, address escrow);

    /// @notice The borrower named by the loan manager does not own the title.
    error BorrowerNotOwner(uint256 titleId, address borrower, address owner);

    /// @notice The title's pledgor has changed as many times as its record counts (2^24 - 1): no other account can
    /// pledge it. `pledgor` is the last one, who still can.
    error PledgorEpochsExhausted(uint256 titleId, address pledgor);

    /// @notice The title has no current value (appraisal expired, insurance lapsed or unverified), so it cannot back
    /// a loan.
    error NoCurrentValue(uint256 titleId);

    /// @notice A title cannot be sent to the zero address or to the registry itself.
    error InvalidRecipient(address recipient);

    /// @notice `maxScan` in a paginated view is zero.
    error ZeroScan();

    /*//////////////////////////////////////////////////////////////
                                 EVENTS
    //////////////////////////////////////////////////////////////*/

    /// @notice A model was added to the allow-list.
    event ModelAdded(uint8 indexed modelId, string name, uint16 depreciationBps);

    /// @notice A model's rate or allowed flag changed. Existing appraisals keep the rate they were recorded with.
    event ModelUpdated(uint8 indexed modelId, uint16 depreciationBps, bool allowed);

    /// @notice The loan manager address changed. Titles already pledged stay under the escrow that holds them.
    event LoanManagerSet(address indexed previous, address indexed loanManager);

    /// @notice A title was submitted. `input.serials` is the full serial list, so anyone can check the commitment.
    event TitleSubmitted(
        uint256 indexed titleId,
        address indexed owner,
        uint8 indexed modelId,
        bytes32 serialsCommitment,
        TitleInput input
    );

    /// @notice The appraiser recorded an appraisal and verified the insurance on record.
    event TitleAppraised(
        uint256 indexed titleId,
        address indexed appraiser,
        uint96 value,
        uint40 validUntil,
        uint16 depreciationBps,
        bytes32 reportHash,
        uint40 insuranceVerifiedUntil
    );

    /// @notice The appraiser rejected the listing.
    event TitleRejected(uint256 indexed titleId, address indexed appraiser, RejectionReason reason);

    /// @notice The holder recorded a new insurance policy; it counts only once verified.
    event InsuranceUpdated(uint256 indexed titleId, address indexed holder, Insurance insurance);

    /// @notice The appraiser verified the insurance policy on record.
    event InsuranceVerified(uint256 indexed titleId, address indexed appraiser, uint40 verifiedUntil);

    /// @notice The loan manager took the title into escrow for a loan.
    event TitlePledged(uint256 indexed titleId, address indexed pledgor, address indexed escrow, uint256 value);

    /// @notice The escrow released the title (loan repaid) to `to`.
    event TitleReleased(uint256 indexed titleId, address indexed escrow, address indexed to);

    /// @notice The escrow started liquidating the title.
    event LiquidationStarted(uint256 indexed titleId, address indexed escrow);

    /// @notice The escrow handed the liquidated title to the auction buyer or the recovery address.
    event LiquidationSettled(uint256 indexed titleId, address indexed escrow, address indexed recipient);

    /// @notice The holder asked for physical delivery of the GPUs.
    event RedemptionRequested(uint256 indexed titleId, address indexed holder);

    /// @notice The holder withdrew the redemption request.
    event RedemptionCancelled(uint256 indexed titleId, address indexed holder);

    /// @notice The custodian confirmed delivery to the holder; the title is burned.
    event TitleRedeemed(uint256 indexed titleId, address indexed holder, address indexed custodian);

    /// @notice The owner withdrew the title; it is burned.
    event TitleWithdrawn(uint256 indexed titleId, address indexed owner);

    /// @notice The custodian voided the title (a fraudulent or duplicate listing); it is burned and its serials are
    /// free.
    /// @param holder The owner it was taken from.
    event TitleVoided(
        uint256 indexed titleId, address indexed holder, address indexed custodian, RejectionReason reason
    );

    /*//////////////////////////////////////////////////////////////
                           CONSTANTS AND STATE
    //////////////////////////////////////////////////////////////*/

    /// @notice The role that appraises, verifies insurance and rejects listings.
    function APPRAISER_ROLE() external view returns (bytes32);

    /// @notice The role that confirms physical redemption and voids fraudulent or duplicate listings.
    function CUSTODIAN_ROLE() external view returns (bytes32);

    /// @notice The most GPUs (and serials) one title can hold.
    function MAX_GPUS_PER_TITLE() external view returns (uint256);

    /// @notice Bounds on a model's annual depreciation rate, and the default.
    function MIN_DEPRECIATION_BPS() external view returns (uint256);
    function MAX_DEPRECIATION_BPS() external view returns (uint256);
    function DEFAULT_DEPRECIATION_BPS() external view returns (uint256);

    /// @notice The longest an appraisal may stay valid, from the moment it is recorded.
    function MAX_APPRAISAL_VALIDITY() external view returns (uint256);

    /// @notice The furthest an insurance expiry may be from now.
    function MAX_INSURANCE_TERM() external view returns (uint256);

    /// @notice The largest purchase price, coverage or appraisal (USD, 18 decimals).
    function MAX_USD_VALUE() external view returns (uint256);

    /// @notice The highest data-centre tier.
    function MAX_DATA_CENTER_TIER() external view returns (uint256);

    /// @notice The most ids one paginated view examines.
    function MAX_SCAN() external view returns (uint256);

    /// @notice The highest title id minted so far (ids start at 1 and are never reused).
    function lastTitleId() external view returns (uint256);

    /// @notice How many accounts hold the admin role (never less than one).
    function adminCount() external view returns (uint256);

    /// @notice The contract allowed to pledge titles into its escrow.
    function loanManager() external view returns (address);

    /*//////////////////////////////////////////////////////////////
                                 ADMIN
    //////////////////////////////////////////////////////////////*/

    /// @notice Adds a model to the allow-list, allowed for new submissions. Admin only.
    /// @param name 1-32 characters (see `InvalidText`), unique.
    /// @param depreciationBps Annual rate within [`MIN_DEPRECIATION_BPS`, `MAX_DEPRECIATION_BPS`].
    /// @return modelId The new model's id (1, 2, ...).
    function addModel(string calldata name, uint16 depreciationBps) external returns (uint8 modelId);

    /// @notice Changes a model's rate (for future appraisals only) and whether new submissions may use it. Admin only.
    function setModel(uint8 modelId, uint16 depreciationBps, bool allowed) external;

    /// @notice Sets the contract that may pledge titles. Admin only, and once: the loan manager pledges an owner's
    /// title with no ERC-721 approval (`pledge`; it names only its caller as the borrower), so no admin may later
    /// put another contract in its place. Reverts with `LoanManagerAlreadySet` once set.
    function setLoanManager(address loanManager_) external;

    /*//////////////////////////////////////////////////////////////
                                BORROWER
    //////////////////////////////////////////////////////////////*/

    /// @notice Lists a GPU batch: mints a title in status Pending to the caller. A serial is taken while the last title
    /// it was listed in is live and not Rejected: a rejection, a withdrawal, a redemption or a void frees it.
    /// @dev Reverts with `ModelNotAllowed`, `GpuCountOutOfBounds`, `SerialCountMismatch`, `InvalidSerial`,
    /// `DuplicateSerial`, `SerialsNotSorted`, `SerialAlreadyRegistered`, `InvalidTier`, `UsdValueOutOfBounds`,
    /// `InvalidPurchaseDate`, `InsuranceExpired`, `InsuranceTermTooLong`, `InvalidText`.
    /// @return titleId The new title's id.
    function submit(TitleInput calldata input) external returns (uint256 titleId);

    /// @notice Records a new insurance policy (a renewal). The holder only: the owner, or the pledgor while the title
    /// is Pledged or Liquidating. Any live status. The new policy counts once the appraiser verifies it; until then the
    /// title stays covered up to the previously verified expiry (`insuranceVerifiedUntil`).
    function updateInsurance(uint256 titleId, Insurance calldata insurance) external;

    /// @notice Asks the custodian for physical delivery. Owner only, status Appraised. Blocks transfers and pledges
    /// until confirmed or cancelled.
    function requestRedemption(uint256 titleId) external;

    /// @notice Withdraws a redemption request. Owner only, status RedemptionRequested; back to Appraised.
    function cancelRedemption(uint256 titleId) external;

    /// @notice Burns the caller's own title and frees its serials. Owner only, status Pending, Rejected or Appraised.
    function withdraw(uint256 titleId) external;

    /*//////////////////////////////////////////////////////////////
                           APPRAISER, CUSTODIAN
    //////////////////////////////////////////////////////////////*/

    /// @notice Records an appraisal and verifies the insurance on record. Appraiser only. From Pending (becomes
    /// Appraised), Appraised or Pledged (a re-appraisal; the status is kept). Snapshots the model's current rate.
    /// @param value USD, 18 decimals, 1 to `MAX_USD_VALUE`.
    /// @param validUntil After now, at most `MAX_APPRAISAL_VALIDITY` from now.
    /// @param reportHash A non-zero hash of the appraisal report.
    function appraise(uint256 titleId, uint96 value, uint40 validUntil, bytes32 reportHash) external;

    /// @notice Rejects a Pending listing. Appraiser only.
    function reject(uint256 titleId, RejectionReason reason) external;

    /// @notice Verifies the insurance policy on record (after a renewal). Appraiser only; status Appraised, Pledged or
    /// Liquidating; the policy must not have expired.
    function verifyInsurance(uint256 titleId) external;

    /// @notice Confirms physical delivery to the holder and burns the title. Custodian only; status
    /// RedemptionRequested.
    function confirmRedemption(uint256 titleId) external;

    /// @notice Burns a title that should never have been listed (serials proven someone else's, a duplicate of GPUs
    /// already titled, custody that does not exist) and frees its serials, whoever holds it. Custodian only; any live
    /// status but Pledged and Liquidating, so a title backing a loan is never taken. Status becomes Voided and the
    /// reason is kept in the record.
    /// @dev The custodian, not the admin: it holds the GPUs, so it is the party that can prove which physical unit a
    /// serial names, and it already ends titles (`confirmRedemption`); the admin is a slow timelock with no power over
    /// titles, while a squatted serial blocks a real owner until it is freed. The power is bounded: a custodian could
    /// already refuse custody of a batch, and it can never reach a title that backs a loan.
    /// Reverts with `InvalidRejectionReason` (`None`), `TitleNotFound`, `InvalidStatus` (burned, Pledged or
    /// Liquidating).
    function voidTitle(uint256 titleId, RejectionReason reason) external;

    /*//////////////////////////////////////////////////////////////
                           LOAN MANAGER HOOKS
    //////////////////////////////////////////////////////////////*/

    /// @notice Takes an Appraised title with a current value into the caller's escrow for a loan. Loan manager only.
    /// The borrower must own the title. No ERC-721 approval is needed: the registry trusts the loan manager it names
    /// (set by the admin) to pass only its own caller as `borrower`, the way AID lets only the savings vault pull from
    /// its caller. Status becomes Pledged; the title moves to the loan manager without any receiver callback, and any
    /// approval on it is cleared.
    /// The registry records the borrower as the title's pledgor. Each time the pledgor changes from an earlier one, the
    /// title's pledgor epoch goes up by one, so (title, epoch) names one pledgor for good: the current one while the
    /// epoch is current (`pledgorOf`), and the one `pledge` handed back when it ended.
    /// @param borrower The account the loan manager is lending to; must be the title's owner.
    /// @return value `currentValue(titleId)`, for the loan manager's LTV check.
    /// @return epoch The title's pledgor epoch, now `borrower`'s.
    /// @return previousPledgor The pledgor of the epoch this pledge ended (`epoch - 1`); zero when the epoch is
    /// unchanged (the same pledgor again, or the title's first pledge).
    function pledge(uint256 titleId, address borrower)
        external
        returns (uint256 value, uint256 epoch, address previousPledgor);

    /// @notice Returns a Pledged or Liquidating title to its pledgor (the loan was repaid). Only the escrow holding
    /// it. Status becomes Appraised.
    function release(uint256 titleId) external;

    /// @notice Marks a Pledged title Liquidating (its loan defaulted). Only the escrow holding it.
    function startLiquidation(uint256 titleId) external;

    /// @notice Hands a Liquidating title to the auction buyer, or to the recovery address when no one bid. Only the
    /// escrow holding it. Status becomes Appraised for the recipient.
    function settleLiquidation(uint256 titleId, address recipient) external;

    /*//////////////////////////////////////////////////////////////
                                 VIEWS
    //////////////////////////////////////////////////////////////*/

    /// @notice The appraised value depreciated linearly since the appraisal at the snapshotted rate, rounded down.
    /// Zero unless the status is Appraised, Pledged or Liquidating; zero once the appraisal has expired or the
    /// verified insurance has lapsed.
    function currentValue(uint256 titleId) external view returns (uint256);

    /// @notice The title's status (`None` for an id never minted; burned titles keep Redeemed, Withdrawn or Voided).
    function statusOf(uint256 titleId) external view returns (Status);

    /// @notice The title's last pledgor (kept after release, settlement and burning) and its pledgor epoch (see
    /// `pledge`); zero and 0 for a title never pledged.
    function pledgorOf(uint256 titleId) external view returns (address pledgor, uint256 epoch);

    /// @notice The full record of a title, burned ones included. Reverts `TitleNotFound` for an id never minted.
    function title(uint256 titleId) external view returns (Title memory);

    /// @notice The live titles `account` holds or has pledged, among ids `fromId` to `fromId + maxScan - 1`.
    /// @param fromId The first id to examine (0 is read as 1).
    /// @param maxScan How many ids to examine, capped at `MAX_SCAN`.
    /// @return titles The matching records, in id order.
    /// @return nextId The id to pass as `fromId` for the next page; 0 when every id has been examined.
    function titlesOf(address account, uint256 fromId, uint256 maxScan)
        external
        view
        returns (Title[] memory titles, uint256 nextId);

    /// @notice Titles waiting for appraisal (status Pending), among ids `fromId` to `fromId + maxScan - 1`.
    function pendingTitles(uint256 fromId, uint256 maxScan)
        external
        view
        returns (Title[] memory titles, uint256 nextId);

    /// @notice The title holding `serial`: live and not Rejected; 0 if none (so `submit` would accept it).
    function serialTitle(bytes32 serial) external view returns (uint256 titleId);

    /// @notice The commitment `submit` records for these serials, in any order. Reverts on an invalid or duplicate
    /// serial.
    function serialsCommitment(bytes32[] memory serials) external pure returns (bytes32);

    /// @notice The number of models in the allow-list (ids 1 to `modelCount()`).
    function modelCount() external view returns (uint256);

    /// @notice A model by id.
    function model(uint8 modelId) external view returns (Model memory);

    /// @notice The whole allow-list, index i holding model id i + 1.
    function models() external view returns (Model[] memory);
}
