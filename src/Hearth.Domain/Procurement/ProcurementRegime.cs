namespace Hearth.Domain.Procurement;

public enum ProcurementRegime
{
    /// <summary>Public Contracts Regulations 2015, light-touch regime.</summary>
    Pcr2015LightTouch = 1,
    /// <summary>Procurement Act 2023, closed framework.</summary>
    Pa2023ClosedFramework = 2,
    /// <summary>Procurement Act 2023, open framework.</summary>
    Pa2023OpenFramework = 3,
}
