namespace Hearth.Domain.Sourcing;

/// <summary>PDS v2 <c>communicationNeeds</c>: Y, N, Not Specified.</summary>
public enum CommunicationNeeds
{
    Yes,
    No,
    NotSpecified,
}
