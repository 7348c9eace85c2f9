using Hearth.Web.Platform;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Hearth.Web.Data;

/// <summary>Lets `dotnet ef migrations add` build the PostgreSQL context without a server.</summary>
public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresHearthDb>
{
    public PostgresHearthDb CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<PostgresHearthDb>();
        DatabaseSetup.ConfigurePostgres(options, "Host=localhost;Database=hearth_design");
#pragma warning disable RS0030 // a design-time composition root: `dotnet ef` builds the context here, and no record is written
        return new PostgresHearthDb(options.Options, OrganisationScope.System(), TimeProvider.System);
#pragma warning restore RS0030
    }
}
