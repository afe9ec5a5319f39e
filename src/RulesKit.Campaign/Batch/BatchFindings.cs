using System.Collections;
using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using RulesKit.Results;
using RulesKit.Inspections;

namespace RulesKit.Campaign.Batch;

/// <summary>
/// What a batch remembers of its reports for the inspection records that name them: the finding of every
/// report judged something, and a 64-bit hash of every other evaluated report's id ("evaluated, nothing
/// judged"), in a plain array sorted once every report is in (<see cref="Freeze"/>): 8 bytes a report, 8 MB for a
/// million. Two ids sharing a hash (odds about 1 in 10^7 for a million) would let an unevaluated report pass as
/// evaluated and clean.
/// </summary>
internal sealed class BatchFindings : IReadOnlyDictionary<string, ReportFinding>
{
    private readonly ConcurrentDictionary<string, ReportFinding> _judged = new(StringComparer.Ordinal);
    private readonly List<ulong> _clean = [];
    private ulong[] _sorted = [];

    public void Add(ReportEvaluation evaluation)
    {
        var finding = evaluation.Finding;
        if (finding.JudgedFalse || finding.JudgedInaccurate || finding.JudgedMajorOmission)
            _judged[finding.ReportId] = finding;
        else
            lock (_clean)
                _clean.Add(Hash(finding.ReportId));
    }

    /// <summary>Sorts the clean hashes for lookup; called once the last report is in, before any record is judged.</summary>
    public void Freeze()
    {
        lock (_clean)
        {
            _sorted = [.. _clean];
            _clean.Clear();
            _clean.TrimExcess();
        }
        Array.Sort(_sorted);
    }

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out ReportFinding value)
    {
        if (_judged.TryGetValue(key, out value))
            return true;
        if (Array.BinarySearch(_sorted, Hash(key)) >= 0)
        {
            value = new ReportFinding(key, false, false, false);
            return true;
        }
        return false;
    }

    public bool ContainsKey(string key) => TryGetValue(key, out _);

    public ReportFinding this[string key] => TryGetValue(key, out var v) ? v : throw new KeyNotFoundException(key);

    // Only the judged reports can be listed; the clean ones are kept as hashes.
    public IEnumerable<string> Keys => _judged.Keys;

    public IEnumerable<ReportFinding> Values => _judged.Values;

    public int Count => _judged.Count + _sorted.Length;

    public IEnumerator<KeyValuePair<string, ReportFinding>> GetEnumerator() => _judged.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    // FNV-1a over the UTF-16 code units: stable across runs and machines.
    private static ulong Hash(string id)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in id)
        {
            hash ^= c;
            hash *= 1099511628211UL;
        }
        return hash;
    }
}
