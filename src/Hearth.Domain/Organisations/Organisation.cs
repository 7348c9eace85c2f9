using System.Text.RegularExpressions;
using Hearth.Domain.Common;

namespace Hearth.Domain.Organisations;

/// <summary>An organisation users belong to: a local authority or an Independent Fostering Provider.</summary>
public abstract partial class Organisation
{
    public const int NameMaxLength = 200;
    public const int ShortNameMaxLength = 40;

    protected Organisation(string name, string shortName)
    {
        Rename(name, shortName);
        Status = OrganisationStatus.Active;
    }

    public int Id { get; private set; }
    public string Name { get; private set; } = "";
    public string ShortName { get; private set; } = "";
    public OrganisationStatus Status { get; private set; }
    public abstract OrganisationKind Kind { get; }

    /// <summary>Concurrency token: two administrators editing the same organisation cannot overwrite each other.</summary>
    public int Version { get; private set; }

    public void Rename(string name, string shortName)
    {
        name = (name ?? "").Trim();
        shortName = (shortName ?? "").Trim();
        if (name.Length == 0) throw new DomainException(nameof(Name), "Enter the organisation's name");
        if (name.Length > NameMaxLength) throw new DomainException(nameof(Name), $"Name must be {NameMaxLength} characters or fewer");
        if (shortName.Length == 0) throw new DomainException(nameof(ShortName), "Enter a short name");
        if (shortName.Length > ShortNameMaxLength) throw new DomainException(nameof(ShortName), $"Short name must be {ShortNameMaxLength} characters or fewer");
        Name = name;
        ShortName = shortName;
        Touch();
    }

    public void ChangeStatus(OrganisationStatus status)
    {
        if (!Enum.IsDefined(status)) throw new DomainException(nameof(Status), "Select a status");
        Status = status;
        Touch();
    }

    protected void Touch() => Version++;

    [GeneratedRegex("^#[0-9a-fA-F]{6}$")]
    protected static partial Regex HexColour();
}
