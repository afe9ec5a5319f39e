using BenchmarkDotNet.Attributes;
using RulesKit.Reports;
using RulesKit.Testing.Generation;

namespace RulesKit.Benchmarks;

/// <summary>
/// What a JSON Lines batch spends per line on one thread: parsing and checking the line next to evaluating the report
/// it gives (the baseline), over the same 1,000 generated lines — with the fast path RulesKit uses (its own walk of
/// System.Text.Json's reader), with the located reader that gives every error its line and column, and with
/// System.Text.Json's serializer binding the same records (the one-parser alternative), each followed by the same check.
/// The whole-path gap of <see cref="BatchBenchmarks"/> is mostly this ratio.
/// </summary>
[MemoryDiagnoser]
public class JsonLineBenchmarks
{
    private RulesKitEngine _engine = null!;
    private string[] _lines = null!;
    private byte[][] _utf8 = null!;
    private Report[] _reports = null!;

    [GlobalSetup]
    public void Setup()
    {
        _engine = RulesKitEngine.FromEmbeddedCatalogs();
        var lines = new List<string>();
        var reports = new List<Report>();
        foreach (var line in SyntheticReports.JsonLines(1000, 42))
        {
            try
            {
                // Read through ParseReport, the reports are known checked: evaluating them checks nothing again.
                reports.Add(_engine.ParseReport(line, "x"));
                lines.Add(line);
            }
            catch (RulesKitInputException)
            {
                // the generator's deliberately broken lines take the located path; not what is measured here
            }
        }
        (_lines, _reports) = ([.. lines], [.. reports]);
        _utf8 = [.. _lines.Select(System.Text.Encoding.UTF8.GetBytes)];
        foreach (var report in _reports)
            _engine.Evaluate(report); // rule sets compiled, outside the measurement
    }

    [Benchmark(Description = "parse and check 1,000 JSON lines")]
    public int Parse()
    {
        var n = 0;
        foreach (var line in _lines)
            n += _engine.ParseInput(line, "x").Report!.Subjects.Count;
        return n;
    }

    [Benchmark(Description = "parse and check 1,000 JSON lines as UTF-8 bytes")]
    public int ParseUtf8()
    {
        var n = 0;
        foreach (var line in _utf8)
            n += _engine.ParseInput(line, "x").Report!.Subjects.Count;
        return n;
    }

    [Benchmark(Description = "parse and check 1,000 JSON lines with the located reader")]
    public int ParseLocated()
    {
        var n = 0;
        foreach (var line in _lines)
            n += _engine.ReadInput(RulesKit.Input.DocumentReader.Read(line, "x")).Report!.Subjects.Count;
        return n;
    }

    [Benchmark(Description = "parse 1,000 JSON lines with System.Text.Json's serializer, then check")]
    public int ParseSerializer()
    {
        var n = 0;
        foreach (var line in _utf8)
            n += ReportValidator.Check(System.Text.Json.JsonSerializer.Deserialize<Report>(line, SerializerOptions)!, _engine.Catalogs, null).Report.Subjects.Count;
        return n;
    }

    // Strict as the located reader is: no unknown or repeated keys; attribute values as numbers, booleans or texts.
    private static readonly System.Text.Json.JsonSerializerOptions SerializerOptions = new()
    {
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
        AllowDuplicateProperties = false,
        RespectNullableAnnotations = true,
        Converters = { new AttributeValues() },
    };

    private sealed class AttributeValues : System.Text.Json.Serialization.JsonConverter<IReadOnlyDictionary<string, object>>
    {
        public override IReadOnlyDictionary<string, object> Read(ref System.Text.Json.Utf8JsonReader reader, Type typeToConvert, System.Text.Json.JsonSerializerOptions options)
        {
            var values = new Dictionary<string, object>(StringComparer.Ordinal);
            while (reader.Read() && reader.TokenType == System.Text.Json.JsonTokenType.PropertyName)
            {
                var name = reader.GetString()!;
                reader.Read();
                values.Add(name, reader.TokenType switch
                {
                    System.Text.Json.JsonTokenType.Number => reader.GetDecimal(),
                    System.Text.Json.JsonTokenType.True => true,
                    System.Text.Json.JsonTokenType.False => false,
                    System.Text.Json.JsonTokenType.String => reader.GetString()!,
                    _ => throw new System.Text.Json.JsonException("not an attribute value"),
                });
            }
            return values;
        }

        public override void Write(System.Text.Json.Utf8JsonWriter writer, IReadOnlyDictionary<string, object> value, System.Text.Json.JsonSerializerOptions options) =>
            throw new NotSupportedException();
    }

    [Benchmark(Baseline = true, Description = "evaluate the 1,000 reports")]
    public int Evaluate()
    {
        var n = 0;
        foreach (var report in _reports)
            n += _engine.Evaluate(report).Nonconformities.Length;
        return n;
    }
}
