using RulesKit.Input;
using RulesKit.Inspections;
using RulesKit.Reports;

namespace RulesKit.Campaign.Batch;

/// <summary>One input of a batch — a report, or an inspection record — its name and how to read it.</summary>
public sealed class BatchInput
{
    private readonly Func<RulesKitEngine, ReportOrRecord> _read;

    /// <summary>A report input.</summary>
    /// <param name="source">Where it comes from (file name, or file and line), for messages and the output record.</param>
    /// <param name="read">Reads the report; may throw <see cref="RulesKitInputException"/>, which becomes the input's error record.</param>
    public BatchInput(string source, Func<RulesKitEngine, Report> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        Source = source;
        _read = engine => ReportOrRecord.Of(read(engine));
    }

    private BatchInput(string source, Func<RulesKitEngine, ReportOrRecord> read, bool _)
    {
        Source = source;
        _read = read;
    }

    /// <summary>An input read from a document that may hold a report or an inspection record (it names a <c>party</c>).</summary>
    /// <param name="source">Where it comes from.</param>
    /// <param name="document">Reads the document; may throw <see cref="RulesKitInputException"/>.</param>
    public static BatchInput FromDocument(string source, Func<DocumentNode> document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return new BatchInput(source, engine => engine.ReadInput(document()), true);
    }

    /// <summary>An input given as text: a report (the fast path when it is one JSON object) or an inspection record.</summary>
    /// <param name="source">Where it comes from.</param>
    /// <param name="text">The report's or record's text.</param>
    public static BatchInput FromText(string source, string text) => new(source, engine => engine.ParseInput(text, source), true);

    // A line of a UTF-8 JSON Lines file, as read from disk: parsed without a string made of it first.
    internal static BatchInput FromUtf8(string source, byte[] utf8) => new(source, engine => engine.ParseInput(utf8, source), true);

    /// <summary>Where it comes from.</summary>
    public string Source { get; }

    /// <summary>Reads the input: a <see cref="Report"/> or an <see cref="InspectionRecord"/>.</summary>
    internal ReportOrRecord Read(RulesKitEngine engine) => _read(engine);
}
