namespace Hearth.Domain.Finance;

/// <summary>The age bands the Home Office has used for the UASC grant's nightly rates.</summary>
public enum UascAgeBand
{
    /// <summary>Aged under 16 on the night.</summary>
    Under16 = 1,
    /// <summary>Aged 16 or 17 on the night.</summary>
    Aged16To17 = 2,
}
