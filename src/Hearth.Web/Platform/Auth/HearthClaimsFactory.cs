using System.Globalization;
using System.Security.Claims;
using Hearth.Domain.Organisations;
using Hearth.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Hearth.Web.Platform.Auth;

/// <summary>Adds the user's organisation (id, name, kind, colour) and display name to the signed-in principal.</summary>
public sealed class HearthClaimsFactory(
    UserManager<HearthUser> users, RoleManager<IdentityRole<int>> roles, IOptions<IdentityOptions> options, HearthDb db)
    : UserClaimsPrincipalFactory<HearthUser, IdentityRole<int>>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(HearthUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        var organisation = await db.Organisations.AsNoTracking().SingleAsync(o => o.Id == user.OrganisationId);
        identity.AddClaims(OrganisationClaims(organisation));
        identity.AddClaim(new Claim(HearthClaims.DisplayName, user.DisplayName));
        return identity;
    }

    public static IEnumerable<Claim> OrganisationClaims(Organisation organisation)
    {
        yield return new Claim(HearthClaims.OrganisationId, organisation.Id.ToString(CultureInfo.InvariantCulture));
        yield return new Claim(HearthClaims.OrganisationName, organisation.Name);
        yield return new Claim(HearthClaims.OrganisationShortName, organisation.ShortName);
        yield return new Claim(HearthClaims.OrganisationKind, organisation.Kind.ToString());
        yield return new Claim(HearthClaims.OrganisationColour,
            organisation switch { Authority a => a.BrandColour, ServiceOperator => ServiceOperator.BrandColour, _ => Provider.ProviderBrandColour });
    }
}
