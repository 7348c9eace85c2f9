using Hearth.Web.Platform.Auth;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Hearth.Web.Features.Account;

/// <summary>
/// The session's time left (GET, which does not extend it) and "Stay signed in" (POST, which does): the timeout warning
/// (Assets/session-timeout.mjs) asks for JSON; without script the page says the same (ADR 0026).
/// </summary>
public sealed class SessionModel(IOptions<SignInSettings> settings) : PageModel
{
    public sealed record Status(int SecondsLeft, int WarningSeconds);

    public int IdleMinutes => (int)settings.Value.IdleTimeout.TotalMinutes;
    public int MinutesLeft => Math.Max(0, SecondsLeft / 60);
    private int SecondsLeft => HttpContext.Items[ServerSessions.RemainingItem] is TimeSpan left ? Math.Max(0, (int)left.TotalSeconds) : 0;

    public IActionResult OnGet() => WantsJson ? Json() : Page();

    public IActionResult OnPost() => WantsJson ? Json() : Page();

    private bool WantsJson => Request.Headers.Accept.ToString().Contains("application/json", StringComparison.OrdinalIgnoreCase);

    private JsonResult Json()
    {
        Response.Headers.CacheControl = "no-store";
        return new JsonResult(new Status(SecondsLeft, (int)settings.Value.TimeoutWarning.TotalSeconds));
    }
}
