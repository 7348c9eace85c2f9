using Hearth.Domain.Common;

namespace Hearth.Domain.Sourcing.CallOffs;

/// <summary>
/// An authority's response deadlines for call-offs by urgency. Defaults: 4 hours for an emergency, 24 hours when the
/// placement is needed in under 5 days, 5 working days when it is planned. One row per authority; none means the defaults.
/// </summary>
public sealed class ResponseDeadlines
{
    public const int DefaultEmergencyHours = 4;
    public const int DefaultUrgentHours = 24;
    public const int DefaultPlannedWorkingDays = 5;
    public const int MaximumEmergencyHours = 24;
    public const int MaximumUrgentHours = 120;
    public const int MaximumPlannedWorkingDays = 20;

    private ResponseDeadlines() { }

    public int Id { get; private set; }
    public int AuthorityId { get; private set; }
    public int EmergencyHours { get; private set; } = DefaultEmergencyHours;
    public int UrgentHours { get; private set; } = DefaultUrgentHours;
    public int PlannedWorkingDays { get; private set; } = DefaultPlannedWorkingDays;
    public int Version { get; private set; }

    public static ResponseDeadlines Defaults(int authorityId) => new() { AuthorityId = authorityId };

    public void Change(int emergencyHours, int urgentHours, int plannedWorkingDays)
    {
        if (emergencyHours is < 1 or > MaximumEmergencyHours)
            throw new DomainException(nameof(EmergencyHours), $"Emergency deadline must be between 1 and {MaximumEmergencyHours} hours");
        if (urgentHours is < 1 or > MaximumUrgentHours) throw new DomainException(nameof(UrgentHours), $"Urgent deadline must be between 1 and {MaximumUrgentHours} hours");
        if (urgentHours < emergencyHours) throw new DomainException(nameof(UrgentHours), "Urgent deadline must be the same as or longer than the emergency deadline");
        if (plannedWorkingDays is < 1 or > MaximumPlannedWorkingDays)
            throw new DomainException(nameof(PlannedWorkingDays), $"Planned deadline must be between 1 and {MaximumPlannedWorkingDays} working days");
        EmergencyHours = emergencyHours;
        UrgentHours = urgentHours;
        PlannedWorkingDays = plannedWorkingDays;
        Version++;
    }

    /// <summary>The window for a referral: emergency (type emergency or needed today), urgent (under 5 days), or planned.</summary>
    public ResponseWindow WindowFor(Referral referral)
    {
        ArgumentNullException.ThrowIfNull(referral);
        if (InHouseSearchOutcome.IsEmergency(referral)) return ResponseWindow.OfHours(EmergencyHours);
        return referral.Urgency == PlacementUrgency.WithinFiveDays ? ResponseWindow.OfHours(UrgentHours) : ResponseWindow.OfWorkingDays(PlannedWorkingDays);
    }
}
