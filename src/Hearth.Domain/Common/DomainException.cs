namespace Hearth.Domain.Common;

/// <summary>
/// A business rule was broken. <see cref="Field"/> names the input the rule belongs to (for example "EndDate"), so the
/// web layer can show the message beside that field and the API can report it in problem details.
/// </summary>
public sealed class DomainException(string field, string message) : Exception(message)
{
    /// <summary>The name of the field the broken rule belongs to, for example "EndDate".</summary>
    public string Field { get; } = field;
}
