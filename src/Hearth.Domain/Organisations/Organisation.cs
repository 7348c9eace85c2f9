using System.Text.RegularExpressions;
using Hearth.Domain.Common;

namespace Hearth.Domain.Organisations;

/// <summary>An organisation users belong to: a local authority or an Independent Fostering Provider.</summary>
public abstract partial class Organisation
{
    public const int NameMaxLength = 200;
    public const int ShortNameMaxLength = 40;

    protected Organisation(string name, string shortName, OrganisationStatus status = OrganisationStatus.Active)
    {
        Rename(name, shortName);
        Status = status;
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

    /// <summary>
    /// The service operator's change of status (ADR 0024): an active organisation can be suspended and reactivated, and any
    /// organisation not yet closed can be closed, for good. An organisation awaiting confirmation becomes active only when
    /// its first administrator accepts (<see cref="ConfirmFirstAdministrator"/>), never by this.
    /// </summary>
    public void ChangeStatus(OrganisationStatus to)
    {
        if (!Enum.IsDefined(to)) throw new DomainException(nameof(Status), "Select a status");
        var refusal = (Status, to) switch
        {
            (OrganisationStatus.Active, OrganisationStatus.Suspended) => null,
            (OrganisationStatus.Suspended, OrganisationStatus.Active) => null,
            (not OrganisationStatus.Closed, OrganisationStatus.Closed) => null,
            (var from, _) when from == to => $"The organisation is already {StatusText(to)}",
            (OrganisationStatus.Closed, _) => "A closed organisation cannot be reopened",
            (OrganisationStatus.AwaitingConfirmation, OrganisationStatus.Active) =>
                "The organisation becomes active when its first administrator accepts their invitation",
            (OrganisationStatus.AwaitingConfirmation, OrganisationStatus.Suspended) => "Only an active organisation can be suspended",
            (_, OrganisationStatus.AwaitingConfirmation) => "An organisation cannot go back to awaiting its first administrator",
            _ => "Select a status",
        };
        if (refusal is not null) throw new DomainException(nameof(Status), refusal);
        Status = to;
        Touch();
    }

    /// <summary>
    /// The organisation's own confirmation: its first administrator accepted the invitation, so an organisation awaiting
    /// confirmation becomes active. Any other status is left as it is (a later administrator's acceptance changes nothing).
    /// </summary>
    public void ConfirmFirstAdministrator()
    {
        if (Status != OrganisationStatus.AwaitingConfirmation) return;
        Status = OrganisationStatus.Active;
        Touch();
    }

    /// <summary>How a status reads in a sentence ("already suspended") and on pages.</summary>
    public static string StatusText(OrganisationStatus status) => status switch
    {
        OrganisationStatus.Active => "active",
        OrganisationStatus.Suspended => "suspended",
        OrganisationStatus.Closed => "closed",
        OrganisationStatus.AwaitingConfirmation => "awaiting its first administrator",
        _ => status.ToString(),
    };

    protected void Touch() => Version++;

    [GeneratedRegex("^#[0-9a-fA-F]{6}$")]
    protected static partial Regex HexColour();
}
