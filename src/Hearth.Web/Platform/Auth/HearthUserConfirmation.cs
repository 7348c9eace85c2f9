using Hearth.Domain.Organisations;
using Hearth.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Platform.Auth;

/// <summary>A user may sign in only while their account is enabled and their organisation is active.</summary>
public sealed class HearthUserConfirmation(HearthDb db) : IUserConfirmation<HearthUser>
{
    public async Task<bool> IsConfirmedAsync(UserManager<HearthUser> manager, HearthUser user)
    {
        if (user.IsDisabled) return false;
        var status = await db.Organisations.Where(o => o.Id == user.OrganisationId).Select(o => o.Status).SingleOrDefaultAsync();
        return status == OrganisationStatus.Active;
    }
}
