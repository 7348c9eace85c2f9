using System.Text.RegularExpressions;
using Hearth.Domain.Common;

namespace Hearth.Domain.Organisations;

/// <summary>An Independent Fostering Provider (agency), registered with Ofsted.</summary>
public sealed partial class Provider : Organisation
{
    public const string ProviderBrandColour = "#4c2c92";

    private Provider(string name, string shortName, OrganisationStatus status = OrganisationStatus.Active) : base(name, shortName, status) { }

    public override OrganisationKind Kind => OrganisationKind.Provider;

    /// <summary>Ofsted unique reference number: SC followed by six digits for fostering agencies.</summary>
    public string OfstedUrn { get; private set; } = "";
    public ProviderSector Sector { get; private set; }
    public string RegisteredOffice { get; private set; } = "";
    public OfstedGrade? OfstedGrade { get; private set; }
    public DateOnly? OfstedInspectedOn { get; private set; }

    public static Provider Create(string name, string shortName, string ofstedUrn, ProviderSector sector, string registeredOffice)
    {
        var provider = new Provider(name, shortName);
        provider.Update(ofstedUrn, sector, registeredOffice);
        return provider;
    }

    /// <summary>
    /// A provider the service operator adds to Hearth (ADR 0024): nothing about it is active, and nobody can sign in for it,
    /// until the first administrator it was added with accepts their invitation (<see cref="Organisation.ConfirmFirstAdministrator"/>).
    /// </summary>
    public static Provider Onboard(string name, string shortName, string ofstedUrn, ProviderSector sector, string registeredOffice)
    {
        var provider = new Provider(name, shortName, OrganisationStatus.AwaitingConfirmation);
        provider.Update(ofstedUrn, sector, registeredOffice);
        return provider;
    }

    public void Update(string ofstedUrn, ProviderSector sector, string registeredOffice)
    {
        ofstedUrn = (ofstedUrn ?? "").Trim().ToUpperInvariant();
        registeredOffice = (registeredOffice ?? "").Trim();
        if (!UrnPattern().IsMatch(ofstedUrn))
            throw new DomainException(nameof(OfstedUrn), "Enter the Ofsted URN in the format SC123456");
        if (!Enum.IsDefined(sector))
            throw new DomainException(nameof(Sector), "Select whether the provider is private or voluntary");
        if (registeredOffice.Length == 0)
            throw new DomainException(nameof(RegisteredOffice), "Enter the registered office address");
        if (registeredOffice.Length > 300)
            throw new DomainException(nameof(RegisteredOffice), "Registered office must be 300 characters or fewer");
        OfstedUrn = ofstedUrn;
        Sector = sector;
        RegisteredOffice = registeredOffice;
        Touch();
    }

    public void RecordInspection(OfstedGrade grade, DateOnly inspectedOn, DateOnly today)
    {
        if (!Enum.IsDefined(grade)) throw new DomainException(nameof(OfstedGrade), "Select the Ofsted judgement");
        if (inspectedOn > today) throw new DomainException(nameof(OfstedInspectedOn), "The inspection date must be today or in the past");
        OfstedGrade = grade;
        OfstedInspectedOn = inspectedOn;
        Touch();
    }

    /// <summary>Providers judged Inadequate are excluded from call-offs.</summary>
    public bool IsInadequate => OfstedGrade == Organisations.OfstedGrade.Inadequate;

    /// <summary>The SSDA903 PLACE_PROVIDER code for placements with this provider.</summary>
    public string PlaceProviderCode => Sector == ProviderSector.Private ? "PR4" : "PR5";

    [GeneratedRegex("^SC[0-9]{6}$")]
    private static partial Regex UrnPattern();
}
