namespace Hearth.Web.Data.Demo;

/// <summary>Configuration section "Demo".</summary>
public sealed class DemoOptions
{
    /// <summary>Load the demo data into a new, empty database. Defaults to on for SQLite and off for PostgreSQL.</summary>
    public bool? Enabled { get; set; }

    /// <summary>The date the demo data is generated up to (placements after it are not created); defaults to today in London.</summary>
    public DateOnly? AsOf { get; set; }

    /// <summary>The random seed: the same seed and as-of date give the same data.</summary>
    public int Seed { get; set; } = DemoData.DefaultSeed;

    /// <summary>Print the demo sign-ins when Hearth starts.</summary>
    public bool PrintSignIns { get; set; } = true;
}
