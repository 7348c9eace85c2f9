namespace Hearth.Domain.Sourcing;

/// <summary>PDS v2 <c>specificCommunicationRequirements</c> (one or more): ESOL, BSL, Makaton, Other; no flag is "None".</summary>
[Flags]
public enum CommunicationRequirements
{
    None = 0,
    Esol = 1,
    Bsl = 2,
    Makaton = 4,
    Other = 8,
}
