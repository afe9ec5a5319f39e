using System.Buffers;
using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using RulesKit.Catalogs;
using RulesKit.Input;

namespace RulesKit.Reports;

/// <summary>
/// The fast path for a report that is one JSON object (a JSON Lines batch): read token by token from its UTF-8
/// bytes straight into a <see cref="Report"/> and checked by <see cref="ReportValidator"/>, without the located
/// node tree. It takes only what it is sure the located reader reads the same way; anything else — an unknown,
/// repeated or escaped key, a value of another type, an empty required text, an impossible date, a number
/// decimal cannot hold, a validation error — gives null and the text goes down the located path, so every
/// error still names line and column and every accepted report equals what the located reader gives.
/// </summary>
internal static class FastJsonReports
{
    private static readonly object True = true, False = false;

    /// <summary>The checked report, or null when the located path must read it (to report what is wrong).</summary>
    public static CheckedReport? TryRead(string text, string source, CatalogSet catalogs)
    {
        if (text.Length > DocumentReader.MaxValueChars)
            return null;
        var bytes = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(text.Length));
        try
        {
            var length = Encoding.UTF8.GetBytes(text, bytes);
            return TryReadChecked(bytes.AsSpan(0, length), source, catalogs);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    /// <summary>The checked report read from UTF-8 bytes, or null when the located path must read them.</summary>
    public static CheckedReport? TryRead(ReadOnlySpan<byte> utf8, string source, CatalogSet catalogs) =>
        utf8.Length <= DocumentReader.MaxValueChars && Utf8.IsValid(utf8) ? TryReadChecked(utf8, source, catalogs) : null;

    private static CheckedReport? TryReadChecked(ReadOnlySpan<byte> utf8, string source, CatalogSet catalogs)
    {
        try
        {
            var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = DocumentReader.MaxDepth });
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
                return null;
            var report = ReadReport(ref reader, source);
            // One JSON value and nothing after it but white space.
            if (report is null || reader.Read())
                return null;
            SharedWith(catalogs);
            // The dictionaries were bound from these bytes just now: the check converts their values in place.
            return ReportValidator.Check(report, catalogs, null, ownsValues: true);
        }
        catch (Exception e) when (e is JsonException or RulesKitInputException or InvalidOperationException or ArgumentException or FormatException)
        {
            return null;
        }
    }

    // Each reader below starts on its object's StartObject and ends on its EndObject; null means "not sure".
    private static Report? ReadReport(ref Utf8JsonReader reader, string source)
    {
        string? id = null, title = null, reportType = null, purpose = null, industry = null, agency = null, enterprise = null, county = null;
        DateOnly? evaluationDate = null, checkedOn = null;
        ReportConclusion? conclusion = null;
        List<CheckedSubject>? subjects = null;
        List<CitedDocument>? documents = null;
        List<EvidenceRecord>? evidence = null;
        var seen = 0;
        while (Next(ref reader))
        {
            var ok = Key(ref reader, ReportKeys, ref seen) switch
            {
                0 => RequiredText(ref reader, out id, shared: false),
                1 => RequiredText(ref reader, out title, shared: false),
                2 => RequiredText(ref reader, out reportType),
                3 => RequiredText(ref reader, out purpose),
                4 => RequiredText(ref reader, out industry),
                5 => RequiredText(ref reader, out agency),
                6 => RequiredText(ref reader, out enterprise, shared: false),
                7 => RequiredText(ref reader, out county),
                8 => Date(ref reader, out evaluationDate) && evaluationDate is not null,
                9 => Date(ref reader, out checkedOn),
                10 => (conclusion = Conclusion(ref reader)) is not null,
                11 => List(ref reader, ref subjects, Subject),
                12 => List(ref reader, ref documents, Document),
                13 => List(ref reader, ref evidence, Evidence),
                _ => false,
            };
            if (!ok)
                return null;
        }
        if (id is null || title is null || reportType is null || purpose is null || industry is null || agency is null || enterprise is null
            || county is null || evaluationDate is null || conclusion is null)
            return null;
        return new Report
        {
            Id = id, Title = title, ReportType = reportType, Purpose = purpose, Industry = industry, Agency = agency, Enterprise = enterprise, County = county,
            EvaluationDate = evaluationDate.Value, CheckedOn = checkedOn, Conclusion = conclusion,
            Subjects = subjects ?? [], Documents = documents ?? [], Evidence = evidence ?? [], Source = source,
        };
    }

    private static ReadOnlySpan<byte> ReportKeys =>
        "id|title|reportType|purpose|industry|agency|enterprise|county|evaluationDate|checkedOn|conclusion|subjects|documents|evidence"u8;

    private static ReadOnlySpan<byte> ConclusionKeys => "text|favourable"u8;

    private static ReadOnlySpan<byte> SubjectKeys => "id|kind|name|observed|reported|controlsApprovedByRegulator|inReport"u8;

    private static ReadOnlySpan<byte> DocumentKeys => "id|kind|name|original|cited|inReport"u8;

    private static ReadOnlySpan<byte> EvidenceKeys => "id|source|description|concerns|falsified|agencyAware|shows|by|on|form|originalChecked"u8;

    // The index of the key the reader stands on among the '|'-separated keys, with the reader moved to its value;
    // -1 for an unknown, escaped or repeated key (seen is a bit per key).
    private static int Key(ref Utf8JsonReader reader, ReadOnlySpan<byte> keys, ref int seen)
    {
        if (reader.ValueIsEscaped)
            return -1;
        var name = reader.ValueSpan;
        for (var index = 0; !keys.IsEmpty; index++)
        {
            var bar = keys.IndexOf((byte)'|');
            var key = bar < 0 ? keys : keys[..bar];
            if (key.SequenceEqual(name))
            {
                if ((seen & (1 << index)) != 0 || !reader.Read())
                    return -1;
                seen |= 1 << index;
                return index;
            }
            keys = bar < 0 ? [] : keys[(bar + 1)..];
        }
        return -1;
    }

    // Moves to the next key of the object; false at its end.
    private static bool Next(ref Utf8JsonReader reader) => reader.Read() && reader.TokenType == JsonTokenType.PropertyName;

    private static ReportConclusion? Conclusion(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
            return null;
        string? text = null;
        bool? favourable = null;
        var seen = 0;
        while (Next(ref reader))
        {
            var ok = Key(ref reader, ConclusionKeys, ref seen) switch
            {
                0 => RequiredText(ref reader, out text),
                1 => Boolean(ref reader, out favourable) && favourable is not null,
                _ => false,
            };
            if (!ok)
                return null;
        }
        return text is null || favourable is null ? null : new ReportConclusion { Text = text, Favourable = favourable.Value };
    }

    private static CheckedSubject? Subject(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
            return null;
        string? id = null, kind = null, name = null;
        AttributeMap? observed = null, reported = null;
        bool? approved = null, inReport = null;
        var seen = 0;
        while (Next(ref reader))
        {
            var ok = Key(ref reader, SubjectKeys, ref seen) switch
            {
                0 => RequiredText(ref reader, out id),
                1 => RequiredText(ref reader, out kind),
                2 => OptionalText(ref reader, out name),
                3 => (observed = Values(ref reader)) is not null,
                4 => reader.TokenType == JsonTokenType.Null || (reported = Values(ref reader)) is not null,
                5 => Boolean(ref reader, out approved),
                6 => Boolean(ref reader, out inReport),
                _ => false,
            };
            if (!ok)
                return null;
        }
        return id is null || kind is null || observed is null ? null
            : new CheckedSubject { Id = id, Kind = kind, Name = name, Observed = observed, Reported = reported, InReport = inReport, ControlsApprovedByRegulator = approved };
    }

    private static CitedDocument? Document(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
            return null;
        string? id = null, kind = null, name = null;
        AttributeMap? original = null, cited = null;
        bool? inReport = null;
        var seen = 0;
        while (Next(ref reader))
        {
            var ok = Key(ref reader, DocumentKeys, ref seen) switch
            {
                0 => RequiredText(ref reader, out id),
                1 => RequiredText(ref reader, out kind),
                2 => OptionalText(ref reader, out name),
                3 => (original = Values(ref reader)) is not null,
                4 => reader.TokenType == JsonTokenType.Null || (cited = Values(ref reader)) is not null,
                5 => Boolean(ref reader, out inReport),
                _ => false,
            };
            if (!ok)
                return null;
        }
        return id is null || kind is null || original is null ? null
            : new CitedDocument { Id = id, Kind = kind, Name = name, Original = original, Cited = cited, InReport = inReport };
    }

    private static EvidenceRecord? Evidence(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
            return null;
        string? id = null, sourceName = null, description = null, by = null, form = null;
        List<string>? concerns = null, shows = null;
        bool? falsified = null, aware = null, originalChecked = null;
        DateOnly? on = null;
        var seen = 0;
        while (Next(ref reader))
        {
            var ok = Key(ref reader, EvidenceKeys, ref seen) switch
            {
                0 => RequiredText(ref reader, out id),
                1 => RequiredText(ref reader, out sourceName),
                2 => RequiredText(ref reader, out description, shared: false),
                3 => List(ref reader, ref concerns, ConcernText) && concerns is not null,
                4 => Boolean(ref reader, out falsified),
                5 => Boolean(ref reader, out aware),
                6 => List(ref reader, ref shows, ConcernText),
                7 => OptionalText(ref reader, out by),
                8 => Date(ref reader, out on),
                9 => OptionalText(ref reader, out form),
                10 => Boolean(ref reader, out originalChecked),
                _ => false,
            };
            if (!ok)
                return null;
        }
        var source = Array.FindIndex(ReportReader.SourceNames, n => n.Name == sourceName);
        return id is null || description is null || concerns is null || source < 0 ? null
            : new EvidenceRecord
            {
                Id = id, Source = ReportReader.SourceNames[source].Source, Description = description, Concerns = concerns,
                Falsified = falsified ?? false, AgencyAware = aware, Shows = shows, By = by, On = on, Form = form, OriginalChecked = originalChecked,
            };
    }

    private static string? ConcernText(ref Utf8JsonReader reader) => reader.TokenType == JsonTokenType.String ? Text(ref reader) : null;

    private delegate T? ItemReader<T>(ref Utf8JsonReader reader) where T : class;

    // A list value (not null: the located reader takes null lists its own way); false when an item is not sure.
    private static bool List<T>(ref Utf8JsonReader reader, ref List<T>? list, ItemReader<T> item) where T : class
    {
        if (reader.TokenType != JsonTokenType.StartArray)
            return false;
        list = [];
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (item(ref reader) is not { } read)
                return false;
            list.Add(read);
        }
        return true;
    }

    // A text the located reader requires: a JSON string that is not empty or white space.
    private static bool RequiredText(ref Utf8JsonReader reader, out string? text, bool shared = true)
    {
        text = reader.TokenType != JsonTokenType.String ? null : shared ? Text(ref reader) : reader.GetString();
        return text is not null && !string.IsNullOrWhiteSpace(text);
    }

    private static bool OptionalText(ref Utf8JsonReader reader, out string? text)
    {
        text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
        return text is not null || reader.TokenType == JsonTokenType.Null;
    }

    private static bool Boolean(ref Utf8JsonReader reader, out bool? value)
    {
        value = reader.TokenType switch { JsonTokenType.True => true, JsonTokenType.False => false, _ => null };
        return value is not null || reader.TokenType == JsonTokenType.Null;
    }

    // A date as the located reader reads it (NodeBinder.ParseDate); null is silence.
    private static bool Date(ref Utf8JsonReader reader, out DateOnly? date)
    {
        date = null;
        if (reader.TokenType == JsonTokenType.Null)
            return true;
        if (reader.TokenType != JsonTokenType.String || NodeBinder.ParseDate(reader.GetString()!, out var parsed) != NodeBinder.DateProblem.None)
            return false;
        date = parsed;
        return true;
    }

    // An attribute map, its values as the validator converts them: decimal (parsed as the located reader parses
    // a plain number), bool, string or null. An array or object value, or a number decimal cannot hold, is not sure.
    // The entries are gathered first so that the map is made at its size; a repeated name is not sure, nor is a map
    // longer than AttributeMap walks (no kind has that many attributes; a hostile line may): the located reader
    // takes it.
    private static AttributeMap? Values(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
            return null;
        var entries = t_entries ??= [];
        entries.Clear();
        while (Next(ref reader))
        {
            var name = Text(ref reader);
            if (!reader.Read())
                return null;
            object? value;
            switch (reader.TokenType)
            {
                case JsonTokenType.String: value = Text(ref reader); break;
                case JsonTokenType.True: value = True; break;
                case JsonTokenType.False: value = False; break;
                case JsonTokenType.Null: value = null; break;
                case JsonTokenType.Number when NodeBinder.TryParseNumber(reader.ValueSpan, out var number):
                    value = Boxed(number);
                    break;
                default: return null;
            }
            entries.Add(new(name, value!));
        }
        if (entries.Count > AttributeMap.MaxWalked)
            return null;
        var names = new string[entries.Count];
        var values = new object?[entries.Count];
        for (var i = 0; i < entries.Count; i++)
        {
            var name = entries[i].Key;
            for (var j = 0; j < i; j++)
                if (string.Equals(names[j], name, StringComparison.Ordinal))
                    return null;
            names[i] = name;
            values[i] = entries[i].Value;
        }
        return new AttributeMap(names, values, entries.Count);
    }

    [ThreadStatic]
    private static List<KeyValuePair<string, object>>? t_entries;

    // Whole numbers 0..1023 written without a fraction (distances, counts) share one box each: a boxed value is
    // never changed, and 180 read twice is the same decimal, scale included.
    private static readonly object[] SmallNumbers = [.. Enumerable.Range(0, 1024).Select(i => (object)(decimal)i)];

    private static object Boxed(decimal number) =>
        number.Scale == 0 && !decimal.IsNegative(number) && number < SmallNumbers.Length && decimal.IsInteger(number) ? SmallNumbers[(int)number] : number;

    // Names and short texts (enum values such as a feature or a role, counties, kinds) repeat across millions of
    // lines: each distinct one is kept once, up to a bound, so that a batch of distinct texts cannot grow the table
    // without end. Texts unique to a report (its id, title, enterprise, descriptions) are not offered to it. The
    // bound is kept by a counter of its own: ConcurrentDictionary.Count takes every lock of the table, and two
    // workers asking it for every line wait on each other.
    private const int MaxShared = 8192;
    private const int MaxSharedLength = 64;
    private static readonly ConcurrentDictionary<string, string> Shared = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> SharedBySpan =
        Shared.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly StrongBox<int> SharedCount = new();

    // The catalog sets whose kinds already have the shared names, and the last one asked about (one engine reads
    // a whole batch: a reference compare per line).
    private static readonly ConditionalWeakTable<CatalogSet, CatalogSet> SharedSets = new();
    private static readonly StrongBox<CatalogSet?> LastShared = new();

    /// <summary>
    /// Gives the kinds of <paramref name="catalogs"/> the shared instances of their attribute names (offering
    /// the names first), so that the check finds the attributes of every map this reader makes by reference
    /// (SubjectKind.Find(name, ref next)) whichever engine of the process read the name first. Done on the set's
    /// first line read here, not when an engine is made: an engine that never reads JSON Lines never pays it.
    /// </summary>
    private static void SharedWith(CatalogSet catalogs)
    {
        if (ReferenceEquals(Volatile.Read(ref LastShared.Value), catalogs))
            return;
        SharedSets.GetValue(catalogs, set =>
        {
            foreach (var kind in set.Kinds.Values)
                kind.ShareNames(name => Shared.TryGetValue(name, out var shared) ? shared : Share(name));
            return set;
        });
        Volatile.Write(ref LastShared.Value, catalogs);
    }

    private static string Share(string text)
    {
        if (text.Length > MaxSharedLength || Volatile.Read(ref SharedCount.Value) >= MaxShared || !Shared.TryAdd(text, text))
            return text;
        Interlocked.Increment(ref SharedCount.Value);
        return text;
    }

    private static string Text(ref Utf8JsonReader reader)
    {
        if (reader.ValueSpan.Length > MaxSharedLength)
            return reader.GetString()!;
        Span<char> chars = stackalloc char[MaxSharedLength];
        var text = chars[..reader.CopyString(chars)];
        if (SharedBySpan.TryGetValue(text, out var shared))
            return shared;
        return Share(text.ToString());
    }
}
