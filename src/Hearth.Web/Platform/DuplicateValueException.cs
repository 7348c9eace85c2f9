namespace Hearth.Web.Platform;

/// <summary>
/// A save broke one of the database's unique constraints (ADR 0025): the value of <see cref="Field"/> is already taken.
/// Thrown by <see cref="UniqueConstraints"/> in place of the provider's exception, so a page shows it beside the field
/// and the API answers 409 with problem details, on SQLite and PostgreSQL alike.
/// </summary>
public sealed class DuplicateValueException(string field, string message, Exception inner) : Exception(message, inner)
{
    /// <summary>The field the taken value belongs to ("" when the clash is not one the user typed, such as a double click).</summary>
    public string Field { get; } = field;
}
