namespace Hearth.Domain.Organisations;

/// <summary>The sector of an Independent Fostering Provider, with its SSDA903 PLACE_PROVIDER code.</summary>
public enum ProviderSector
{
    /// <summary>PR4: private provision.</summary>
    Private = 4,
    /// <summary>PR5: voluntary or third sector provision.</summary>
    Voluntary = 5,
}
