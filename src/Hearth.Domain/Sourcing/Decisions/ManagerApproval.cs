namespace Hearth.Domain.Sourcing.Decisions;

/// <summary>A manager's recorded approval of an above-price or above-band option: who, when and why.</summary>
public sealed record ManagerApproval(int ApprovedByUserId, string ApprovedByName, DateTimeOffset ApprovedAt, string Reason);
