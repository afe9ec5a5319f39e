namespace RulesKit;

/// <summary>
/// The names nearest to a misspelt one, for "did you mean": by edit distance for a slip, names containing it for a
/// fragment; a list of a hundred names helps nobody who typed one wrong.
/// </summary>
public static class Suggestions
{
    /// <summary>Up to <paramref name="count"/> names of <paramref name="names"/> nearest to <paramref name="typed"/>, nearest first.</summary>
    public static IReadOnlyList<string> Closest(string typed, IEnumerable<string> names, int count = 3)
    {
        var lower = typed.ToLowerInvariant();
        var scored = names.Select(n => (Name: n, Distance: Distance(lower, n.ToLowerInvariant()),
            Contains: n.Contains(lower, StringComparison.OrdinalIgnoreCase) || lower.Contains(n, StringComparison.OrdinalIgnoreCase))).ToList();
        // A slip of a letter or two (storage_tank_aera) is nearest by distance; a fragment (tank) by containment.
        var slip = scored.Any(x => x.Distance <= Math.Max(2, lower.Length / 4));
        return [.. scored
            .OrderBy(x => slip ? x.Distance : x.Contains ? 0 : 1).ThenBy(x => x.Distance).ThenBy(x => x.Name, StringComparer.Ordinal)
            .Take(count)
            .Select(x => x.Name)];
    }

    /// <summary>
    /// The one name of <paramref name="names"/> that <paramref name="typed"/> is a slip of (a letter or two off, a
    /// quarter of its length at most), or null: a "did you mean" for a key or a value, where a list is already shown.
    /// </summary>
    public static string? Near(string typed, IEnumerable<string> names)
    {
        ArgumentNullException.ThrowIfNull(typed);
        var lower = typed.ToLowerInvariant();
        var best = names.Select(n => (Name: n, Distance: Distance(lower, n.ToLowerInvariant())))
            .OrderBy(x => x.Distance).ThenBy(x => x.Name, StringComparer.Ordinal).FirstOrDefault();
        return best.Name is not null && best.Name != typed && best.Distance <= Math.Max(2, lower.Length / 4) ? best.Name : null;
    }

    // Levenshtein distance, two rows.
    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
            previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
