namespace Hearth.Domain.Sourcing.Decisions;

/// <summary>How a provider asked in the call-off answered.</summary>
public enum AskAnswer
{
    Offered = 1,
    Declined = 2,
    NoResponse = 3,
}
