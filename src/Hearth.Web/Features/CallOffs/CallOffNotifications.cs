using System.Globalization;
using Hearth.Domain.Common;
using Hearth.Domain.Sourcing.CallOffs;
using Hearth.Web.Data;
using Hearth.Web.Platform;
using Hearth.Web.Platform.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Features.CallOffs;

/// <summary>
/// The call-off's e-mails. A provider's is written from the anonymised profile only (never a name, date of birth,
/// address, case reference or school); a broker's names the call-off and provider, nothing more.
/// </summary>
public sealed class CallOffNotifications(HearthDb db)
{
    public async Task<IReadOnlyList<Notification>> NewReferralAsync(CallOff callOff, IReadOnlyCollection<CallOffRecipient> asked, CancellationToken ct)
    {
        if (asked.Count == 0) return [];
        var ids = asked.Select(r => r.ProviderId).ToList();
        var users = await UsersAsync(ids, Roles.ProviderUser, ct);
        return users.SelectMany(u => asked.Where(r => r.ProviderId == u.OrganisationId).Select(r =>
            new Notification(u.OrganisationId, u.Email, "NewReferral", $"New referral to answer by {CallOffText.London(r.Deadline)}",
                ProviderBody(callOff.Id, callOff.Profile, r.Deadline)))).ToList();
    }

    /// <summary>The text a provider receives: from <see cref="AnonymisedReferralProfile"/> and nothing else.</summary>
    public static string ProviderBody(int callOffId, AnonymisedReferralProfile profile, DateTimeOffset? deadline) =>
        string.Join("\n", new[]
        {
            $"A referral has been sent to you: {CallOffText.ChildrenSummary(profile)}.",
            $"Placement: {CallOffText.Words(profile.PlacementType)}, needed from {profile.NeededFrom?.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB")) ?? "a date to agree"}.",
            $"Home area: {(profile.HomePostcodeDistrict.Length > 0 ? profile.HomePostcodeDistrict : "not given")}.",
            $"Answer by {CallOffText.London(deadline)} (London time): offer a household or decline at /provider/referrals/{callOffId}.",
        });

    public async Task<IReadOnlyList<Notification>> ToBrokerAsync(CallOff callOff, string template, string subject, string body, CancellationToken ct)
    {
        var sender = await db.Users.IgnoreQueryFilters().AsNoTracking().Where(u => u.Id == callOff.SentByUserId && !u.IsDisabled)
            .Select(u => new { u.OrganisationId, u.Email }).FirstOrDefaultAsync(ct);
        return sender?.Email is { Length: > 0 } email ? [new Notification(sender.OrganisationId, email, template, subject, body)] : [];
    }

    /// <summary>
    /// The same message to every active provider user of each organisation. The text must not identify the child unless
    /// the identity has been released to that provider (the caller's responsibility).
    /// </summary>
    public async Task<IReadOnlyList<Notification>> ToProvidersAsync(IReadOnlyCollection<int> providerIds, string template, string subject,
        Func<int, string> bodyFor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(providerIds);
        ArgumentNullException.ThrowIfNull(bodyFor);
        if (providerIds.Count == 0) return [];
        var users = await UsersAsync([.. providerIds.Distinct()], Roles.ProviderUser, ct);
        return [.. users.Select(u => new Notification(u.OrganisationId, u.Email, template, subject, bodyFor(u.OrganisationId)))];
    }

    private async Task<List<(int OrganisationId, string Email)>> UsersAsync(List<int> organisationIds, string role, CancellationToken ct)
    {
        var roleId = await db.Roles.Where(r => r.Name == role).Select(r => r.Id).FirstOrDefaultAsync(ct);
        var users = await db.Users.IgnoreQueryFilters().AsNoTracking()
            .Where(u => organisationIds.Contains(u.OrganisationId) && !u.IsDisabled && u.Email != null
                && db.UserRoles.Any(ur => ur.UserId == u.Id && ur.RoleId == roleId))
            .OrderBy(u => u.Id).Select(u => new { u.OrganisationId, u.Email }).ToListAsync(ct);
        return users.Select(u => (u.OrganisationId, u.Email!)).ToList();
    }
}
