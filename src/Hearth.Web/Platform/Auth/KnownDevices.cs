using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace Hearth.Web.Platform.Auth;

/// <summary>
/// A browser that has signed in to an account before carries a "known device" cookie for that account (ADR 0026). Its
/// sign-in attempts are counted apart from everyone else's, so a stranger guessing the account's password makes the
/// stranger wait, not the owner. The cookie names a random device id and a hash of the email address, sealed by the
/// data-protection keys; it proves nothing else and signs nobody in.
/// </summary>
public sealed class KnownDevices(IDataProtectionProvider protection, TimeProvider clock)
{
    public const string CookieName = ".Hearth.Device";
    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(365);
    private readonly IDataProtector _protector = protection.CreateProtector("Hearth.KnownDevice.v1");

    /// <summary>This browser's device id for the account, if it has signed in to it before.</summary>
    public string? DeviceFor(HttpRequest request, string normalisedEmail)
    {
        if (request.Cookies[CookieName] is not { Length: > 0 and < 1000 } value) return null;
        try
        {
            var parts = _protector.Unprotect(value).Split('\n');
            return parts.Length == 2 && parts[1] == SignInThrottling.Key(normalisedEmail, null) ? parts[0] : null;
        }
        catch (CryptographicException)
        {
            return null;
        }
    }

    /// <summary>After a correct password: remember this browser for the account (keeping its device id if it had one).</summary>
    public void Remember(HttpResponse response, string normalisedEmail, string? deviceId)
    {
        var id = deviceId ?? Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        response.Cookies.Append(CookieName, _protector.Protect($"{id}\n{SignInThrottling.Key(normalisedEmail, null)}"), new CookieOptions
        {
            HttpOnly = true,
            Secure = response.HttpContext.Request.IsHttps,
            SameSite = SameSiteMode.Strict,
            IsEssential = true,
            Path = "/account",
            Expires = clock.GetUtcNow() + Lifetime,
        });
    }
}
