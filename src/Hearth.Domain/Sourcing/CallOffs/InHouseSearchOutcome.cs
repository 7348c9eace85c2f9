using Hearth.Domain.Common;

namespace Hearth.Domain.Sourcing.CallOffs;

/// <summary>
/// One entry of the in-house-first audit trail (the sufficiency duty): why the authority's own carers could not take the
/// child, or, for an emergency, which manager let the search go external and why. Immutable: a later change of mind is a
/// new entry, and the latest entry is the one in force. No setters, no update method.
/// </summary>
public sealed class InHouseSearchOutcome
{
    public const int MaximumDetailsLength = 2_000;

    private InHouseSearchOutcome() { }

    public int Id { get; private set; }
    public int ReferralId { get; private set; }
    public int AuthorityId { get; private set; }
    public InHouseSearchReason Reason { get; private set; }
    public string Details { get; private set; } = "";
    public bool IsManagerOverride => Reason == InHouseSearchReason.ManagerOverride;
    public int RecordedByUserId { get; private set; }
    public string RecordedByName { get; private set; } = "";
    public DateTimeOffset RecordedAt { get; private set; }

    /// <summary>The broker records why no in-house household fits. "Other" needs the details written out.</summary>
    public static InHouseSearchOutcome Record(Referral referral, InHouseSearchReason? reason, string? details, int userId, string userName, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(referral);
        EnsureReleased(referral);
        if (reason is null or InHouseSearchReason.ManagerOverride || !Enum.IsDefined(reason.Value))
            throw new DomainException(nameof(Reason), "Select why no in-house carer can take the child");
        var text = Text(details);
        if (reason == InHouseSearchReason.Other && text.Length == 0)
            throw new DomainException(nameof(Details), "Enter why no in-house carer can take the child");
        return New(referral, reason.Value, text, userId, userName, at);
    }

    /// <summary>
    /// For an emergency referral only: a manager (a user with the approval claim, checked by the caller) lets the search go
    /// to external providers before the in-house search is finished, saying why.
    /// </summary>
    public static InHouseSearchOutcome Override(Referral referral, string? why, int managerUserId, string managerName, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(referral);
        EnsureReleased(referral);
        if (!IsEmergency(referral))
            throw new DomainException(nameof(Reason), "A manager's override is only for an emergency referral: record why no in-house carer can take the child");
        var text = Text(why);
        if (text.Length == 0) throw new DomainException(nameof(Details), "Enter why the search must go to external providers now");
        return New(referral, InHouseSearchReason.ManagerOverride, text, managerUserId, managerName, at);
    }

    /// <summary>An emergency: the placement type sought is emergency, or it is needed today.</summary>
    public static bool IsEmergency(Referral referral) =>
        referral.PlacementType == PlacementTypeSought.Emergency || referral.Urgency == PlacementUrgency.Today;

    /// <summary>The gate: a referral may go to external providers once an outcome has been recorded.</summary>
    public static bool AllowsExternalSearch(IEnumerable<InHouseSearchOutcome> history) => history.Any();

    public static string Describe(InHouseSearchReason reason) => reason switch
    {
        InHouseSearchReason.NoCapacity => "No in-house capacity",
        InHouseSearchReason.NeedsNotMet => "In-house carers cannot meet the child's needs",
        InHouseSearchReason.Location => "No in-house carer in a suitable location",
        InHouseSearchReason.SiblingGroup => "No in-house carer can take the sibling group together",
        InHouseSearchReason.Other => "Other",
        InHouseSearchReason.ManagerOverride => "Emergency: manager's override",
        _ => reason.ToString(),
    };

    private static void EnsureReleased(Referral referral)
    {
        if (referral.Status != ReferralStatus.SignedOff)
            throw new DomainException(nameof(Reason), "The referral must be signed off before the in-house search is recorded");
    }

    private static InHouseSearchOutcome New(Referral referral, InHouseSearchReason reason, string details, int userId, string userName, DateTimeOffset at) => new()
    {
        ReferralId = referral.Id, AuthorityId = referral.AuthorityId, Reason = reason, Details = details,
        RecordedByUserId = userId, RecordedByName = (userName ?? "").Trim(), RecordedAt = at.ToUniversalTime(),
    };

    private static string Text(string? value)
    {
        var text = (value ?? "").Trim();
        if (text.Length > MaximumDetailsLength) throw new DomainException(nameof(Details), $"Enter {MaximumDetailsLength:N0} characters or fewer");
        return text;
    }
}
