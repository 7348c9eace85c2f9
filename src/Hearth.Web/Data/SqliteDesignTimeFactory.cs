using Hearth.Web.Platform;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Hearth.Web.Data;

/// <summary>Lets `dotnet ef migrations add` build the SQLite context without starting the app.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteHearthDb>
{
    public SqliteHearthDb CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<SqliteHearthDb>();
        DatabaseSetup.ConfigureSqlite(options, "Data Source=design.db");
#pragma warning disable RS0030 // a design-time composition root: `dotnet ef` builds the context here, and no record is written
        return new SqliteHearthDb(options.Options, OrganisationScope.System(), TimeProvider.System);
#pragma warning restore RS0030
    }
}
