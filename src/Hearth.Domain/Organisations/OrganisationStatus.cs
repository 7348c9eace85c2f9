namespace Hearth.Domain.Organisations;

public enum OrganisationStatus
{
    Active = 1,
    Suspended = 2,
    Closed = 3,
    /// <summary>Added by the service operator; becomes active when its first administrator accepts the invitation (ADR 0024).</summary>
    AwaitingConfirmation = 4,
}
