using System.Collections;
using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using RulesKit.Results;

namespace RulesKit.Campaign.Batch;

/// <summary>
/// What a batch remembers of its reports for the inspection records that name them: the finding of every
/// report judged something, and a 64-bit hash of every other evaluated report's id ("evaluated, nothing
/// judged"). Keeping hashes rather than ids holds a million reports in about 24 MB; two ids sharing a hash
/// (odds about 1 in 10^7 for a million) would let an unevaluated report pass as evaluated and clean.
/// </summary>
internal sealed class BatchFindings : IReadOnlyDictionary<string, ReportFinding>
{
    private readonly ConcurrentDictionary<string, ReportFinding> _judged = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<ulong, byte> _clean = new();

    public void Add(ReportEvaluation evaluation)
    {
        var finding = ReportFinding.From(evaluation);
        if (finding.JudgedFalse || finding.JudgedInaccurate || finding.JudgedMajorOmission)
            _judged[finding.ReportId] = finding;
        else
            _clean.TryAdd(Hash(finding.ReportId), 0);
    }

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out ReportFinding value)
    {
        if (_judged.TryGetValue(key, out value))
            return true;
        if (_clean.ContainsKey(Hash(key)))
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

    public int Count => _judged.Count + _clean.Count;

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
