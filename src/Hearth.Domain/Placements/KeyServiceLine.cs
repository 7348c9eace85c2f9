namespace Hearth.Domain.Placements;

/// <summary>The budget lines external fostering is reported under (decision 21/00077, financial implications).</summary>
public enum KeyServiceLine
{
    /// <summary>Looked After Children – Care &amp; Support.</summary>
    LookedAfterChildren = 1,
    /// <summary>Looked After Children (with Disability) – Care &amp; Support.</summary>
    LookedAfterChildrenWithDisability = 2,
    Asylum = 3,
}
