using System.Diagnostics;
using System.Net.Http.Headers;

namespace Hearth.Benchmarks;

/// <summary>
/// <c>measure-startup</c>: starts the built web app (a separate process, as in production) against an existing database
/// and times from process start to the first successful response on a path, several times over.
/// </summary>
internal static class MeasureStartupCommand
{
    public static async Task<int> RunAsync(
        DatabaseTarget target, string dll, int port, string path, int runs, string? thenPath, string? token, TextWriter log)
    {
        if (!File.Exists(dll))
        {
            await Console.Error.WriteLineAsync($"The web app is not built at {dll}. Run: dotnet build -c Release src/Hearth.Web");
            return 1;
        }

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        var baseUrl = $"http://127.0.0.1:{port}";
        var ready = new List<double>();
        var first = new List<double>();
        for (var run = 1; run <= runs; run++)
        {
            var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            start.ArgumentList.Add(dll);
            start.ArgumentList.Add("--urls");
            start.ArgumentList.Add(baseUrl);
            start.WorkingDirectory = Path.GetDirectoryName(Path.GetFullPath(dll))!;
            start.Environment["Database__Provider"] = target.Provider;
            start.Environment["ConnectionStrings__Hearth"] = target.ConnectionString;
            start.Environment["Demo__Enabled"] = "false";
            start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";

            var clock = Stopwatch.StartNew();
            using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start dotnet.");
            process.OutputDataReceived += (_, _) => { };
            process.ErrorDataReceived += (_, e) => { if (e.Data is not null) log.WriteLine($"    [app stderr] {e.Data}"); };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            try
            {
                var readyMs = await PollAsync(http, baseUrl + path, process, clock);
                if (readyMs is null)
                {
                    await Console.Error.WriteLineAsync($"The app did not answer {path} successfully within 120 s (exit: {(process.HasExited ? process.ExitCode : "running")}).");
                    return 1;
                }
                ready.Add(readyMs.Value);
                var line = $"  run {run}: first successful GET {path} after {readyMs.Value:F0} ms";
                if (thenPath is not null)
                {
                    var request = new HttpRequestMessage(HttpMethod.Get, baseUrl + thenPath);
                    if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                    var before = clock.Elapsed.TotalMilliseconds;
                    using var response = await http.SendAsync(request);
                    await response.Content.ReadAsByteArrayAsync();
                    var took = clock.Elapsed.TotalMilliseconds - before;
                    first.Add(took);
                    line += $"; then first GET {thenPath}: {(int)response.StatusCode} in {took:F0} ms";
                }
                log.WriteLine(line);
            }
            finally
            {
                if (!process.HasExited)
                {
                    process.Kill(entireProcessTree: true);
                    await process.WaitForExitAsync();
                }
            }
        }

        log.WriteLine($"Start-up to first successful GET {path}: median {Median(ready):F0} ms, min {ready.Min():F0} ms, max {ready.Max():F0} ms over {runs} runs");
        if (first.Count > 0)
            log.WriteLine($"First (cold) GET {thenPath}: median {Median(first):F0} ms, min {first.Min():F0} ms, max {first.Max():F0} ms");
        return 0;
    }

    private static async Task<double?> PollAsync(HttpClient http, string url, Process process, Stopwatch clock)
    {
        while (clock.Elapsed < TimeSpan.FromSeconds(120))
        {
            if (process.HasExited) return null;
            try
            {
                using var response = await http.GetAsync(url);
                if (response.IsSuccessStatusCode) return clock.Elapsed.TotalMilliseconds;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            await Task.Delay(10);
        }
        return null;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
