using Hearth.Web.Platform;

try
{
    var app = HearthApp.Build(args);
    await app.Services.GetRequiredService<DatabaseInitialiser>().PrepareAsync(CancellationToken.None);
    await app.RunAsync();
    return 0;
}
catch (HearthStartupException e)
{
    await Console.Error.WriteLineAsync($"Hearth could not start: {e.Message}");
    return 2;
}

/// <summary>Entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
