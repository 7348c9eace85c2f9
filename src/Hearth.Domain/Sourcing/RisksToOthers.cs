namespace Hearth.Domain.Sourcing;

/// <summary>PDS v2 risks to others or property: each flag set is "Risk Present".</summary>
[Flags]
public enum RisksToOthers
{
    None = 0,
    PhysicalHarm = 1,
    SexualHarm = 2,
    FireSetting = 4,
    HarmToAnimals = 8,
    CriminalExploitation = 16,
}
