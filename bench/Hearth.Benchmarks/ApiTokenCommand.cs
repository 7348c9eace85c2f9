using Hearth.Domain.Organisations;
using Hearth.Web.Data;
using Hearth.Web.Platform;
using Hearth.Web.Platform.Auth;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Benchmarks;

/// <summary>
/// <c>api-token</c>: issues an API token for an authority so the measurements can call the API. The branch has no page
/// to issue tokens yet, so this writes the row through HearthDb in the system scope (an audited change, like any other).
/// </summary>
internal static class ApiTokenCommand
{
    public static async Task<int> RunAsync(DatabaseTarget target, string? token, string organisationName, string roles, TextWriter log)
    {
        token ??= ApiTokenHandler.NewToken();
        if (!token.StartsWith(ApiTokenHandler.TokenPrefix, StringComparison.Ordinal))
        {
            await Console.Error.WriteLineAsync($"An API token must start with '{ApiTokenHandler.TokenPrefix}'.");
            return 1;
        }

        await using var db = target.CreateContext();
        var organisation = await db.Organisations.OfType<Authority>().SingleOrDefaultAsync(o => o.Name == organisationName);
        if (organisation is null)
        {
            await Console.Error.WriteLineAsync($"There is no authority named '{organisationName}'.");
            return 1;
        }

        db.ApiTokens.Add(new ApiToken
        {
            OrganisationId = organisation.Id,
            Name = "Benchmark measurements",
            Prefix = token[..Math.Min(8, token.Length)],
            TokenHash = ApiTokenHandler.Hash(token),
            Roles = roles,
            CreatedByUserId = 0,
            CreatedAt = Program.Clock.GetUtcNow(),
        });
        await db.SaveChangesAsync();
        log.WriteLine($"API token for {organisation.Name} (id {organisation.Id}), roles {roles}:");
        log.WriteLine(token);
        return 0;
    }
}
