namespace Hearth.Domain.Sourcing;

/// <summary>PDS v2 risks to the child: each flag set is "Risk Present", each flag clear "No known risk".</summary>
[Flags]
public enum RisksToSelf
{
    None = 0,
    SelfHarm = 1,
    SexualExploitation = 2,
    CriminalExploitation = 4,
    DrugAndAlcoholUse = 8,
    EatingDisorder = 16,
    GoingMissing = 32,
}
