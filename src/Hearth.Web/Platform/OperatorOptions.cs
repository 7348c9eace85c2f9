namespace Hearth.Web.Platform;

/// <summary>
/// Configuration section "Operator" (ADR 0024): who the first service operator is. With <see cref="Email"/> set, start-up
/// makes sure the service operator's organisation exists and, while nobody has an account with that address, invites it
/// and prints the one-time link. No password is ever configured.
/// </summary>
public sealed class OperatorOptions
{
    public const string Section = "Operator";

    /// <summary>The first service operator's e-mail address; empty (the default) invites nobody.</summary>
    public string? Email { get; set; }

    /// <summary>Their name, shown until they choose their own when accepting.</summary>
    public string Name { get; set; } = "Service operator";

    /// <summary>Withdraw a waiting invitation and print a new link (when the first one was lost).</summary>
    public bool NewInvitation { get; set; }
}
