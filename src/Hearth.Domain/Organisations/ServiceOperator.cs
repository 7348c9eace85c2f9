namespace Hearth.Domain.Organisations;

/// <summary>
/// The organisation that runs Hearth: its service operators add provider organisations (with their first administrator)
/// and suspend or close organisations. It is neither an authority nor a provider, so it sees none of their records (ADR 0024).
/// </summary>
public sealed class ServiceOperator : Organisation
{
    public const string DefaultName = "Hearth service operator";
    public const string DefaultShortName = "Hearth";
    public const string BrandColour = "#505a5f";

    private ServiceOperator(string name, string shortName) : base(name, shortName) { }

    public override OrganisationKind Kind => OrganisationKind.Operator;

    public static ServiceOperator Create(string name, string shortName) => new(name, shortName);
}
