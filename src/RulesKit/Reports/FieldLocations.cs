using RulesKit.Input;

namespace RulesKit.Reports;

/// <summary>Where each field of a report read from a file stands, so that checks made after reading still name file, line and column.</summary>
internal sealed class FieldLocations(string source)
{
    private readonly Dictionary<string, SourceLocation> _at = new(StringComparer.Ordinal);

    public string Source { get; } = source;

    public void Set(string field, SourceLocation location) => _at.TryAdd(field, location);

    public SourceLocation? Find(string field) => _at.TryGetValue(field, out var at) ? at : null;
}
