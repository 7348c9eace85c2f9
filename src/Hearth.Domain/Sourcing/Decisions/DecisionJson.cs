using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Hearth.Domain.Common;

namespace Hearth.Domain.Sourcing.Decisions;

/// <summary>
/// The canonical JSON of a decision snapshot: camelCase names in declaration order, no whitespace, money as whole pence,
/// dates ISO 8601, instants in UTC, enums by name. The same snapshot always gives the same bytes, so the SHA-256 of those
/// bytes identifies it.
/// </summary>
public static class DecisionJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = false,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new MoneyConverter(), new UtcInstantConverter(), new JsonStringEnumConverter() },
    };

    public static string Serialise(DecisionSnapshot snapshot) => JsonSerializer.Serialize(snapshot, Options);

    public static DecisionSnapshot Deserialise(string json) =>
        JsonSerializer.Deserialize<DecisionSnapshot>(json, Options) ?? throw new InvalidOperationException("Empty decision snapshot");

    /// <summary>Lower-case hex SHA-256 of the UTF-8 bytes.</summary>
    public static string Sha256(string json) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json)));

    private sealed class MoneyConverter : JsonConverter<Money>
    {
        public override Money Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => Money.FromPence(reader.GetInt64());
        public override void Write(Utf8JsonWriter writer, Money value, JsonSerializerOptions options) => writer.WriteNumberValue(value.Pence);
    }

    private sealed class UtcInstantConverter : JsonConverter<DateTimeOffset>
    {
        public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            DateTimeOffset.Parse(reader.GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", System.Globalization.CultureInfo.InvariantCulture));
    }
}
