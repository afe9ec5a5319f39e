using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Serialization;
using RulesKit.Catalogs;
using RulesKit.Input;

namespace RulesKit.Reports;

/// <summary>
/// The fast path for a report that is one JSON object (a JSON Lines batch): bound by System.Text.Json straight
/// into <see cref="Report"/> and checked by <see cref="ReportValidator"/>, without the located node tree. Anything
/// it does not accept — an unknown or duplicate key, a wrong type, an impossible date, a value too long, a
/// validation error — sends the text down the located path, so every error still names line and column.
/// </summary>
internal static class FastJsonReports
{
    private static readonly JsonSerializerOptions Strict = CreateStrict();

    private static JsonSerializerOptions CreateStrict()
    {
        var options = new JsonSerializerOptions
        {
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            RespectNullableAnnotations = true,
            RespectRequiredConstructorParameters = true,
            AllowDuplicateProperties = false,
            MaxDepth = DocumentReader.MaxDepth,
        };
        options.Converters.Add(new AttributeMapConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    /// <summary>The checked report, or null when the located path must read it (to report what is wrong).</summary>
    public static Report? TryRead(string text, string source, CatalogSet catalogs)
    {
        if (text.Length > DocumentReader.MaxValueChars || text.AsSpan().TrimStart().IsEmpty || text.AsSpan().TrimStart()[0] != '{')
            return null;
        try
        {
            var report = JsonSerializer.Deserialize<Report>(text, Strict);
            if (report is null || !Plausible(report))
                return null;
            // The dictionaries were bound from this line just now: the check converts their values in place.
            return ReportValidator.Validate(report with { Source = source }, catalogs, null, ownsValues: true);
        }
        catch (Exception e) when (e is JsonException or RulesKitInputException or NotSupportedException or InvalidOperationException or ArgumentException)
        {
            return null;
        }
    }

    // An attribute map read without a new string for every attribute name: names (and short texts such as enum
    // values) repeat across millions of lines, so each distinct one is kept once (up to a bound, so that a batch
    // of distinct texts cannot grow the table without end). Values are bound as AttributeValues.ReadJsonValue
    // gives them (decimal, double, bool, string, null, or the raw text of an array or object), without a
    // JsonDocument for each. A repeated name is refused as System.Text.Json refuses it, which sends the line
    // down the located path. The maps are the only values of type object in a report.
    private sealed class AttributeMapConverter : JsonConverter<IReadOnlyDictionary<string, object>>
    {
        private const int MaxShared = 8192;
        private const int MaxSharedLength = 64;
        private static readonly ConcurrentDictionary<string, string> Shared = new(StringComparer.Ordinal);
        private static readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> SharedBySpan =
            Shared.GetAlternateLookup<ReadOnlySpan<char>>();

        public override IReadOnlyDictionary<string, object> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
                throw new JsonException("an attribute map is a JSON object");
            var map = new Dictionary<string, object>();
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = Text(ref reader);
                if (!reader.Read())
                    throw new JsonException("a value is missing");
                var value = reader.TokenType == JsonTokenType.String ? Text(ref reader) : AttributeValues.ReadJsonValue(ref reader);
                if (!map.TryAdd(name, value!))
                    throw new JsonException($"duplicate attribute '{name}'");
            }
            if (reader.TokenType != JsonTokenType.EndObject)
                throw new JsonException("an attribute map is a JSON object");
            return map;
        }

        private static string Text(ref Utf8JsonReader reader)
        {
            var bytes = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
            if (bytes > MaxSharedLength)
                return reader.GetString()!;
            Span<char> chars = stackalloc char[MaxSharedLength];
            var text = chars[..reader.CopyString(chars)];
            if (SharedBySpan.TryGetValue(text, out var shared))
                return shared;
            var created = text.ToString();
            return Shared.Count < MaxShared ? Shared.GetOrAdd(created, created) : created;
        }

        public override void Write(Utf8JsonWriter writer, IReadOnlyDictionary<string, object> value, JsonSerializerOptions options) =>
            throw new NotSupportedException("reading only");
    }

    // What the located reader checks by shape and the validator does not, for a report built in code: required
    // lists present as lists, no null entries.
    private static bool Plausible(Report report) =>
        report.Subjects.All(s => s is not null && s.Observed is not null && s.Id.Length > 0 && s.Kind.Length > 0)
        && report.Documents.All(d => d is not null && d.Original is not null && d.Id.Length > 0)
        && report.Evidence.All(e => e is not null && e.Concerns is not null && e.Id.Length > 0 && e.Description.Length > 0)
        && report.Conclusion is not null && report.Conclusion.Text.Length > 0;
}
