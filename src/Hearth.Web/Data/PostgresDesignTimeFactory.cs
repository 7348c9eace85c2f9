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
        return new PostgresHearthDb(options.Options, OrganisationScope.System(), TimeProvider.System);
    }
}
