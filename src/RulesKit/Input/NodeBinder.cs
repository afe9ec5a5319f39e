using System.Globalization;
using System.Text.RegularExpressions;

namespace RulesKit.Input;

/// <summary>
/// Reads typed values out of located nodes and collects every problem instead of stopping at the first,
/// so one run shows an author all that is wrong with a file. <c>what</c> arguments name the place in the
/// document (e.g. <c>subjects[TANK-1].observed</c>) and stay the same in every language.
/// </summary>
public sealed partial class NodeBinder
{
    private static readonly LocalizedText ANumber = new("数字", "a number");
    private readonly List<Diagnostic> _diagnostics = [];

    /// <summary>Every problem found so far, in the order found.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics => _diagnostics;

    /// <summary>True when an error (not only a warning) was found.</summary>
    public bool HasErrors => _diagnostics.Exists(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>Adds a problem.</summary>
    public void Add(Diagnostic diagnostic) => _diagnostics.Add(diagnostic);

    /// <summary>Adds problems.</summary>
    public void AddRange(IEnumerable<Diagnostic> diagnostics) => _diagnostics.AddRange(diagnostics);

    /// <summary>Adds a problem of <paramref name="template"/> at <paramref name="at"/>.</summary>
    public void Report(DiagnosticTemplate template, SourceLocation at, params object?[] arguments) => _diagnostics.Add(at.Report(template, arguments));

    /// <summary>Throws a <see cref="RulesKitInputException"/> with every diagnostic when any is an error.</summary>
    /// <exception cref="RulesKitInputException">An error was found.</exception>
    public void ThrowIfErrors()
    {
        if (HasErrors)
            throw new RulesKitInputException(_diagnostics);
    }

    /// <summary>The node as a mapping, or null (and an error) when it is something else.</summary>
    public MappingNode? Mapping(DocumentNode? node, string what)
    {
        if (node is MappingNode m)
            return m;
        if (node is not null)
            Report(Messages.ExpectedMapping, node.Location, what, node.Describe());
        return null;
    }

    /// <summary>Reports keys that are not among <paramref name="allowed"/>: a misspelt key is an error, never ignored.</summary>
    public void OnlyKeys(MappingNode mapping, string what, params string[] allowed)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        foreach (var (key, _) in mapping.Entries)
        {
            if (Array.IndexOf(allowed, key.Value) >= 0)
                continue;
            var fullWidth = key.Value.IndexOf('：');
            if (fullWidth >= 0)
                Report(Messages.FullWidthPunctuation, key.LocationOf(fullWidth), '：', ':');
            else
                Report(Messages.UnknownKey, key.Location, key.Value, what, allowed, DidYouMean(Suggestions.Near(key.Value, allowed)));
        }
    }

    /// <summary>The value of a required key; null (and an error) when it is missing or null.</summary>
    public DocumentNode? Required(MappingNode mapping, string key, string what)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        var node = mapping[key];
        if (node is null || node is ScalarNode { IsNull: true })
        {
            Report(Messages.MissingKey, node?.Location ?? mapping.Location, what, key);
            return null;
        }
        return node;
    }

    /// <summary>A text value; a required text may not be empty.</summary>
    public string? Text(MappingNode mapping, string key, string what, bool required)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        var node = required ? Required(mapping, key, what) : mapping[key];
        if (node is null)
            return null;
        if (node is ScalarNode s)
        {
            if (s.IsNull)
                return null;
            if (required && s.Value.Trim().Length == 0)
                Report(Messages.EmptyText, s.Location, $"{what}.{key}");
            // YAML (and the JSON Schema) read an unquoted 1 or true as a number or a boolean, not a text.
            if (IsNumberOrBoolean(s))
                Report(Messages.TextNeedsQuotes, s.Location, $"{what}.{key}", s.Value);
            return s.Value;
        }
        Report(Messages.ExpectedText, node.Location, $"{what}.{key}", node.Describe());
        return null;
    }

    private static bool IsNumberOrBoolean(ScalarNode s) =>
        s.IsPlain && (TryParseNumber(s.Value, out _) || s.Value is "true" or "True" or "TRUE" or "false" or "False" or "FALSE");

    /// <summary>A true/false value of a key.</summary>
    public bool? Boolean(MappingNode mapping, string key, string what, bool required)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        var node = required ? Required(mapping, key, what) : mapping[key];
        return node is null || node is ScalarNode { IsNull: true } ? null : Boolean(node, $"{what}.{key}");
    }

    /// <summary>A true/false value.</summary>
    public bool? Boolean(DocumentNode node, string what)
    {
        ArgumentNullException.ThrowIfNull(node);
        if (node is ScalarNode { IsPlain: true, Value: "true" or "True" or "TRUE" })
            return true;
        if (node is ScalarNode { IsPlain: true, Value: "false" or "False" or "FALSE" })
            return false;
        Report(Messages.ExpectedBoolean, node.Location, what, node.Describe());
        return null;
    }

    /// <summary>A number of a key.</summary>
    public decimal? Number(MappingNode mapping, string key, string what, bool required)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        var node = required ? Required(mapping, key, what) : mapping[key];
        return node is null || node is ScalarNode { IsNull: true } ? null : Number(node, $"{what}.{key}");
    }

    /// <summary>
    /// A number: unquoted digits. A quoted number, or one written with a unit (<c>40m</c>), gets a message that
    /// says how to write it.
    /// </summary>
    public decimal? Number(DocumentNode node, string what, LocalizedText? expected = null)
    {
        ArgumentNullException.ThrowIfNull(node);
        if (node is ScalarNode s && !s.IsNull)
        {
            if (TryParseNumber(s.Value, out var value))
            {
                if (s.IsPlain)
                    return value;
                Report(Messages.QuotedNumber, s.Location, what, s.Value);
                return null;
            }
            if (NumberWithUnit().Match(s.Value.Trim()) is { Success: true } m)
            {
                Report(Messages.NumberWithUnit, s.Location, what, s.Value, m.Groups["n"].Value);
                return null;
            }
        }
        Report(Messages.ExpectedNumber, node.Location, what, expected ?? ANumber, node.Describe());
        return null;
    }

    /// <summary>A whole number.</summary>
    public int? WholeNumber(DocumentNode node, string what)
    {
        var value = Number(node, what);
        if (value is null)
            return null;
        if (value != decimal.Truncate(value.Value) || value is > int.MaxValue or < int.MinValue)
        {
            Report(Messages.ExpectedWholeNumber, node.Location, what, value.Value);
            return null;
        }
        return (int)value.Value;
    }

    /// <summary>A date (YYYY-MM-DD) of a key.</summary>
    public DateOnly? Date(MappingNode mapping, string key, string what, bool required)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        var node = required ? Required(mapping, key, what) : mapping[key];
        return node is null || node is ScalarNode { IsNull: true } ? null : Date(node, $"{what}.{key}");
    }

    /// <summary>A date as YYYY-MM-DD; a date in that form that does not exist (2024-02-30) says why.</summary>
    public DateOnly? Date(DocumentNode node, string what)
    {
        ArgumentNullException.ThrowIfNull(node);
        if (node is ScalarNode s)
        {
            switch (ParseDate(s.Value, out var date))
            {
                case DateProblem.None:
                    return date;
                case DateProblem.NoSuchMonth:
                    Report(Messages.ImpossibleMonth, s.Location, what, s.Value);
                    return null;
                case DateProblem.NoSuchDay:
                    var (year, month) = (int.Parse(s.Value[..4], CultureInfo.InvariantCulture), int.Parse(s.Value[5..7], CultureInfo.InvariantCulture));
                    Report(Messages.ImpossibleDay, s.Location, what, s.Value, year, month, DateTime.DaysInMonth(year, month));
                    return null;
            }
        }
        Report(Messages.ExpectedDate, node.Location, what, node.Describe());
        return null;
    }

    /// <summary>The items of a list value (empty when absent and not required).</summary>
    public IReadOnlyList<DocumentNode> List(MappingNode mapping, string key, string what, bool required)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        var node = required ? Required(mapping, key, what) : mapping[key];
        if (node is null or ScalarNode { IsNull: true })
            return [];
        if (node is SequenceNode seq)
            return seq.Items;
        Report(Messages.ExpectedList, node.Location, $"{what}.{key}", node.Describe());
        return [];
    }

    /// <summary>A list of texts.</summary>
    public IReadOnlyList<string> TextList(MappingNode mapping, string key, string what, bool required)
    {
        var result = new List<string>();
        foreach (var item in List(mapping, key, what, required))
        {
            if (item is ScalarNode { IsNull: false } s)
            {
                if (IsNumberOrBoolean(s))
                    Report(Messages.TextNeedsQuotes, s.Location, $"{what}.{key}", s.Value);
                result.Add(s.Value);
            }
            else
                Report(Messages.ExpectedTextInList, item.Location, $"{what}.{key}", item.Describe());
        }
        return result;
    }

    /// <summary>The number of a text like <c>40m</c> or <c>40 米</c>, or null when the text is not a number with a unit.</summary>
    internal static string? NumberOfUnitText(string text) =>
        NumberWithUnit().Match(text.Trim()) is { Success: true } m ? m.Groups["n"].Value : null;

    internal static bool TryParseNumber(string text, out decimal value) =>
        decimal.TryParse(text, NumberStyle, CultureInfo.InvariantCulture, out value);

    /// <summary>The same number read from UTF-8 text (a JSON number as written), for the JSON Lines fast path.</summary>
    internal static bool TryParseNumber(ReadOnlySpan<byte> utf8, out decimal value) =>
        decimal.TryParse(utf8, NumberStyle, CultureInfo.InvariantCulture, out value);

    private const NumberStyles NumberStyle = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent;

    internal enum DateProblem { None, NotADate, NoSuchMonth, NoSuchDay }

    internal static DateProblem ParseDate(string text, out DateOnly date)
    {
        date = default;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
            return DateProblem.None;
        if (!DateShape().IsMatch(text))
            return DateProblem.NotADate;
        var month = int.Parse(text[5..7], CultureInfo.InvariantCulture);
        return month is < 1 or > 12 ? DateProblem.NoSuchMonth : DateProblem.NoSuchDay;
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$")]
    private static partial Regex DateShape();

    [GeneratedRegex(@"^(?<n>[+-]?\d+(\.\d+)?)\s*(?<unit>[A-Za-z%‰°\p{IsCJKUnifiedIdeographs}²³/]+)$")]
    private static partial Regex NumberWithUnit();

    /// <summary>"是否是：NAME？" for a slip of a known name, else nothing.</summary>
    internal static LocalizedText DidYouMean(string? near) =>
        near is null ? new LocalizedText("", "") : new LocalizedText($"是否是：{near}？", $"did you mean '{near}'? ");
}
