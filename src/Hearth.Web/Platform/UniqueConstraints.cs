using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;

namespace Hearth.Web.Platform;

/// <summary>
/// Turns the database's unique violations into <see cref="DuplicateValueException"/> (ADR 0025). The database is the
/// arbiter: two people saving the same reference at the same moment both pass any check made before the insert, and the
/// constraint refuses the second. The violated index is found from PostgreSQL's constraint name or SQLite's
/// "UNIQUE constraint failed: Table.Column, …" message, and named here with the field and message the user sees. Every
/// unique index in the model has an entry (a test checks); a clash on a key that no one types (two clicks racing)
/// gets <see cref="RaceMessage"/>.
/// </summary>
public sealed class UniqueConstraints : SaveChangesInterceptor
{
    public static readonly UniqueConstraints Interceptor = new();

    public const string RaceMessage =
        "Someone else saved the same thing at the same moment. Your change has not been saved: reload the page to see the latest version.";

    /// <summary>Entity type name and property names (comma-separated, in index order) → the field and the message.</summary>
    public static readonly IReadOnlyDictionary<string, (string Field, string Message)> Messages = new Dictionary<string, (string, string)>(StringComparer.Ordinal)
    {
        ["Organisation.Name"] = ("Name", "An organisation with this name is already on Hearth"),
        ["Authority.OnsCode"] = ("OnsCode", "An authority with this ONS code is already on Hearth"),
        ["Provider.OfstedUrn"] = ("OfstedUrn", "A provider with this Ofsted URN is already on Hearth"),
        ["HearthUser.NormalizedUserName"] = ("Email", "An account with this email address already exists"),
        ["IdentityRole`1.NormalizedName"] = ("", "This role already exists"),
        ["ApiToken.TokenHash"] = ("", RaceMessage),
        ["Invitation.TokenHash"] = ("", RaceMessage),
        ["AreaPostcodeDistrict.AuthorityId,PostcodeDistrict"] = ("Districts", "A postcode district is listed twice in your area"),
        ["Child.AuthorityId,CaseReference"] = ("CaseReference", "Another child already has this case reference"),
        ["SiblingLink.ChildId,SiblingId"] = ("SiblingCaseReference", "These children are already linked as siblings"),
        ["CarerHousehold.OwnerOrganisationId,Reference"] = ("Reference", "You already have a household with this reference: enter a different reference"),
        ["Placement.AuthorityId,ExternalReference"] = ("ExternalReference", "Another placement already has this reference"),
        ["PlacementFeePeriod.PlacementId,EffectiveFrom"] = ("EffectiveFrom", "The fee already changes on this date"),
        ["Budget.AuthorityId,Year,KeyServiceLine"] = ("", RaceMessage),
        ["UascGrantRate.AuthorityId,AgeBand,EffectiveFrom"] = ("EffectiveFrom", "There is already a rate for this age band from this date"),
        ["KeyDecision.AuthorityId,Reference"] = ("Reference", "This decision is already in the register"),
        ["Framework.Reference"] = ("Reference", "There is already a framework with this reference"),
        ["FrameworkMember.FrameworkId,ProviderId"] = ("ProviderId", "This provider is already a member of the framework"),
        ["FrameworkLotMember.FrameworkId,LotNumber,ProviderId"] = ("ProviderId", "This provider is already on the lot"),
        ["FrameworkUplift.FrameworkId,EffectiveFrom"] = ("EffectiveFrom", "There is already an uplift from this date"),
        ["Tender.Reference"] = ("Reference", "There is already a tender with this reference"),
        ["TenderParty.TenderId,AuthorityId"] = ("", "This authority is already a party to the tender"),
        ["TenderEvaluator.TenderId,UserId"] = ("", "This person is already on the evaluation panel"),
        ["TenderLot.TenderId,Number"] = ("", RaceMessage),
        ["Bid.TenderId,LotNumber,ProviderId"] = ("", RaceMessage),
        ["BidSubmission.BidId,Sequence"] = ("", RaceMessage),
        ["IndividualScore.BidId,QuestionNumber,EvaluatorId"] = ("", RaceMessage),
        ["ModeratedScore.BidId,QuestionNumber"] = ("", RaceMessage),
        ["TenderResult.TenderId,LotNumber,BidId"] = ("", RaceMessage),
        ["CallOffRecipient.ProviderId,CallOffId"] = ("", RaceMessage),
        ["CallOffDecision.ReferralId"] = ("", "A decision has already been recorded for this referral: reload the page to see it"),
        ["UnsuccessfulNotice.DecisionId,ProviderId"] = ("", RaceMessage),
        ["ResponseDeadlines.AuthorityId"] = ("", RaceMessage),
        ["ProviderSuspension.AuthorityId,ProviderId"] = ("ProviderId", "The provider is already suspended from your authority's call-offs"),
        ["SignInSession.TokenHash"] = ("", RaceMessage),
    };

    public override void SaveChangesFailed(DbContextErrorEventData eventData)
    {
        if (eventData.Context is { } context && Map(eventData.Exception, context.Model) is { } duplicate) throw duplicate;
    }

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context && Map(eventData.Exception, context.Model) is { } duplicate) throw duplicate;
        return Task.CompletedTask;
    }

    /// <summary>The exception to show for <paramref name="exception"/> when it is a unique violation; null otherwise.</summary>
    public static DuplicateValueException? Map(Exception exception, IModel model)
    {
        if (exception is not DbUpdateException { InnerException: { } inner } || exception is DbUpdateConcurrencyException) return null;
        var index = inner switch
        {
            PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } p => ByName(model, p.ConstraintName),
            // SQLITE_CONSTRAINT_UNIQUE (2067) and SQLITE_CONSTRAINT_PRIMARYKEY (1555); not the triggers' own refusals.
            SqliteException { SqliteErrorCode: 19, SqliteExtendedErrorCode: 2067 or 1555 } s => ByColumns(model, s.Message),
            _ => (Found: false, Key: (string?)null),
        };
        if (!index.Found) return null;
        var (field, message) = index.Key is not null && Messages.TryGetValue(index.Key, out var known) ? known : ("", RaceMessage);
        return new DuplicateValueException(field, message, exception);
    }

    /// <summary>"Entity.Prop1,Prop2" for a unique index or key, the form <see cref="Messages"/> is keyed by.</summary>
    public static string KeyOf(IReadOnlyList<IReadOnlyProperty> properties, IReadOnlyTypeBase declaringType) =>
        $"{declaringType.ClrType.Name}.{string.Join(",", properties.Select(p => p.Name))}";

    private static (bool Found, string? Key) ByName(IModel model, string? constraint)
    {
        if (string.IsNullOrEmpty(constraint)) return (true, null);
        foreach (var entity in model.GetEntityTypes())
        {
            foreach (var index in entity.GetDeclaredIndexes())
                if (index.IsUnique && index.GetDatabaseName() == constraint) return (true, KeyOf(index.Properties, index.DeclaringEntityType));
        }
        return (true, null);
    }

    private static (bool Found, string? Key) ByColumns(IModel model, string message)
    {
        // SQLite Error 19: 'UNIQUE constraint failed: Children.AuthorityId, Children.CaseReference'.
        const string marker = "constraint failed: ";
        var at = message.IndexOf(marker, StringComparison.Ordinal);
        if (at < 0) return (true, null);
        var columns = message[(at + marker.Length)..].TrimEnd('.', '\'', ' ').Split(", ")
            .Select(c => c.Split('.', 2)).Where(p => p.Length == 2).ToList();
        if (columns.Count == 0) return (true, null);
        var table = columns[0][0];
        var names = columns.Select(c => c[1]).ToList();
        foreach (var entity in model.GetEntityTypes().Where(e => e.GetTableName() == table))
        {
            var store = StoreObjectIdentifier.Table(table, entity.GetSchema());
            foreach (var index in entity.GetDeclaredIndexes())
                if (index.IsUnique && index.Properties.Select(p => p.GetColumnName(store)).SequenceEqual(names))
                    return (true, KeyOf(index.Properties, index.DeclaringEntityType));
        }
        return (true, null);
    }
}
