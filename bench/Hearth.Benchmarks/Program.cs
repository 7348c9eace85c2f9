using System.Globalization;
using BenchmarkDotNet.Running;

namespace Hearth.Benchmarks;

/// <summary>The benchmark tool: the national-scale data generator, the BenchmarkDotNet suite and the start-up measurement.</summary>
public static class Program
{
    /// <summary>
    /// The benchmarks' one clock (ADR 0027): it stands at the national data's own today (<see cref="NationalDataGenerator.AsOf"/>,
    /// midday in London), so the same data gives the same report, totals and default years on any day it is measured.
    /// </summary>
    public static TimeProvider Clock { get; } =
        new DataClock(Hearth.Domain.Common.London.At(NationalDataGenerator.AsOf, new TimeOnly(12, 0)));

    private sealed class DataClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;

        public override TimeZoneInfo LocalTimeZone => Hearth.Domain.Common.London.Zone;
    }

    private const string Usage = """
        Hearth benchmarks and national-scale data

        Usage:
          Hearth.Benchmarks generate --provider sqlite|postgres --connection "<connection string>" [--seed N] [--scale 1.0]
              Applies the migrations to an empty database, then bulk-loads 153 authorities, 400 providers, 27 frameworks,
              50,000 carer households and 1,000,000 placements with their children and fee periods (times --scale).
              The same seed and scale always give the same data. Default seed 20260401.

          Hearth.Benchmarks spend-report --provider sqlite|postgres --connection "<connection string>"
                  [--from 2023-24] [--to <this year>] [--organisation "Kent County Council"] [--runs 9] [--warm-ups 2]
                  [--old-path-runs 0] [--postmaster-pid <pid, first line of the cluster's postmaster.pid>]
              Times the spend-by-year report as the app runs it and a hand-written SQL aggregate over the same cost lines,
              side by side (alternating), checks they agree to the penny and prints the medians. Without --organisation it
              reports for every authority (the system scope); --old-path-runs N also times the pre-ADR-0009 report N times.
              With --postmaster-pid (a local server) it also reports CPU time: this process plus the server's processes.

          Hearth.Benchmarks bench [BenchmarkDotNet arguments]
              Runs the BenchmarkDotNet suite, e.g.: bench --filter '*Costing*' [--job short]

          Hearth.Benchmarks measure-startup --provider sqlite|postgres --connection "<connection string>"
                  [--dll src/Hearth.Web/bin/Release/net10.0/Hearth.Web.dll] [--port 5190] [--path /account/sign-in]
                  [--runs 5] [--then /api/v1/organisations --token hth_...]
              Starts the built web app against the database and times process start to the first successful GET of
              --path; optionally then times the first GET of --then (with the API token).

          Hearth.Benchmarks api-token --provider sqlite|postgres --connection "<connection string>"
                  [--token hth_...] [--organisation "Kent County Council"] [--roles Commissioner]
              Issues an API token for an authority (stored hashed) and prints it.

          Hearth.Benchmarks create-users --provider sqlite|postgres --connection "<connection string>" --password "<12+ characters>"
              Creates sign-in users through the app's UserManager: one per authority role for Kent (or the authority with
              the most placements), e.g. commissioner@national.example, and provider@national.example for the provider
              with the most placements. Creates the roles if they are missing; run again to reset the passwords.
        """;

    public static async Task<int> Main(string[] args)
    {
        if (args.Length == 0) return Fail("Give a command.");
        var command = args[0];
        if (command == "bench")
        {
            BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args[1..]);
            return 0;
        }
        if (command is "help" or "--help" or "-h")
        {
            Console.WriteLine(Usage);
            return 0;
        }

        Dictionary<string, string> options;
        try
        {
            options = ParseOptions(args[1..]);
        }
        catch (FormatException e)
        {
            return Fail(e.Message);
        }

        return command switch
        {
            "generate" => await Generate(options),
            "measure-startup" => await MeasureStartup(options),
            "api-token" => await IssueToken(options),
            "create-users" => await CreateUsers(options),
            "spend-report" => await SpendReport(options),
            _ => Fail($"Unknown command '{command}'."),
        };
    }

    private static async Task<int> Generate(Dictionary<string, string> options)
    {
        if (!TryTarget(options, out var target, out var error)) return Fail(error);
        if (!TryInt(options, "seed", 20260401, out var seed)) return Fail("--seed must be a whole number.");
        var scale = 1.0;
        if (options.TryGetValue("scale", out var s)
            && (!double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out scale) || scale is <= 0 or > 10))
            return Fail("--scale must be a number more than 0 and at most 10, like 1.0 or 0.01.");
        if (!Known(options, out error, "provider", "connection", "seed", "scale")) return Fail(error);
        return await GenerateCommand.RunAsync(target, seed, scale, Console.Out);
    }

    private static async Task<int> MeasureStartup(Dictionary<string, string> options)
    {
        if (!TryTarget(options, out var target, out var error)) return Fail(error);
        if (!TryInt(options, "port", 5190, out var port) || port is < 1 or > 65535) return Fail("--port must be a TCP port number.");
        if (!TryInt(options, "runs", 5, out var runs) || runs is < 1 or > 100) return Fail("--runs must be between 1 and 100.");
        if (!Known(options, out error, "provider", "connection", "dll", "port", "path", "runs", "then", "token")) return Fail(error);
        var dll = options.GetValueOrDefault("dll") ?? Path.Combine(RepositoryRoot(), "src", "Hearth.Web", "bin", "Release", "net10.0", "Hearth.Web.dll");
        return await MeasureStartupCommand.RunAsync(target, dll, port, options.GetValueOrDefault("path") ?? "/account/sign-in", runs,
            options.GetValueOrDefault("then"), options.GetValueOrDefault("token"), Console.Out);
    }

    private static async Task<int> IssueToken(Dictionary<string, string> options)
    {
        if (!TryTarget(options, out var target, out var error)) return Fail(error);
        if (!Known(options, out error, "provider", "connection", "token", "organisation", "roles")) return Fail(error);
        return await ApiTokenCommand.RunAsync(target, options.GetValueOrDefault("token"),
            options.GetValueOrDefault("organisation") ?? "Kent County Council", options.GetValueOrDefault("roles") ?? "Commissioner",
            Console.Out);
    }

    private static async Task<int> SpendReport(Dictionary<string, string> options)
    {
        if (!TryTarget(options, out var target, out var error)) return Fail(error);
        if (!Known(options, out error, "provider", "connection", "from", "to", "organisation", "runs", "warm-ups", "old-path-runs", "postmaster-pid")) return Fail(error);
        var current = Hearth.Domain.Common.FinancialYear.Containing(Hearth.Domain.Common.London.Today(Clock));
        if (!Hearth.Domain.Common.FinancialYear.TryParse(options.GetValueOrDefault("from") ?? current.Previous.Previous.Previous.ToString(), out var first)
            || !Hearth.Domain.Common.FinancialYear.TryParse(options.GetValueOrDefault("to") ?? current.ToString(), out var last) || last < first)
            return Fail("--from and --to must be financial years like 2023-24, --to not before --from.");
        if (!TryInt(options, "runs", 9, out var runs) || runs is < 1 or > 1000) return Fail("--runs must be between 1 and 1000.");
        if (!TryInt(options, "warm-ups", 2, out var warmUps) || warmUps is < 0 or > 100) return Fail("--warm-ups must be between 0 and 100.");
        if (!TryInt(options, "old-path-runs", 0, out var oldRuns) || oldRuns is < 0 or > 10) return Fail("--old-path-runs must be between 0 and 10.");
        int? postmaster = null;
        if (options.ContainsKey("postmaster-pid"))
        {
            if (!TryInt(options, "postmaster-pid", 0, out var pid) || pid <= 0) return Fail("--postmaster-pid must be a process id.");
            postmaster = pid;
        }
        return await SpendReportCommand.RunAsync(target, first, last, options.GetValueOrDefault("organisation"), runs, warmUps, oldRuns,
            postmaster, Console.Out);
    }

    private static async Task<int> CreateUsers(Dictionary<string, string> options)
    {
        if (!TryTarget(options, out var target, out var error)) return Fail(error);
        if (!Known(options, out error, "provider", "connection", "password")) return Fail(error);
        if (!options.TryGetValue("password", out var password) || string.IsNullOrWhiteSpace(password))
            return Fail("--password is required (at least 12 characters).");
        return await CreateUsersCommand.RunAsync(target, password, Console.Out);
    }

    private static Dictionary<string, string> ParseOptions(string[] args)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i += 2)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || args[i].Length == 2)
                throw new FormatException($"Expected an option like --provider, not '{args[i]}'.");
            if (i + 1 >= args.Length) throw new FormatException($"{args[i]} needs a value.");
            if (!options.TryAdd(args[i][2..], args[i + 1])) throw new FormatException($"{args[i]} is given twice.");
        }
        return options;
    }

    private static bool TryTarget(Dictionary<string, string> options, out DatabaseTarget target, out string error)
    {
        target = null!;
        var provider = DatabaseTarget.ParseProvider(options.GetValueOrDefault("provider"));
        if (provider is null)
        {
            error = "--provider must be sqlite or postgres.";
            return false;
        }
        if (!options.TryGetValue("connection", out var connection) || string.IsNullOrWhiteSpace(connection))
        {
            error = "--connection is required, e.g. \"Data Source=/tmp/hearth-national.db\" or \"Host=127.0.0.1;Port=5432;Database=hearth;Username=postgres\".";
            return false;
        }
        target = new DatabaseTarget(provider, connection);
        error = "";
        return true;
    }

    private static bool TryInt(Dictionary<string, string> options, string name, int fallback, out int value)
    {
        value = fallback;
        return !options.TryGetValue(name, out var text) || int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out value);
    }

    private static bool Known(Dictionary<string, string> options, out string error, params string[] names)
    {
        var unknown = options.Keys.Where(k => !names.Contains(k)).ToList();
        error = unknown.Count == 0 ? "" : $"Unknown option {string.Join(", ", unknown.Select(u => "--" + u))}.";
        return unknown.Count == 0;
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Hearth.slnx"))) return dir.FullName;
        return Directory.GetCurrentDirectory();
    }

    private static int Fail(string message)
    {
        Console.Error.WriteLine(message);
        Console.Error.WriteLine();
        Console.Error.WriteLine(Usage);
        return 2;
    }
}
