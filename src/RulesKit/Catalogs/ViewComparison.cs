using System.Globalization;

namespace RulesKit.Catalogs;

/// <summary>An item that compares the two views directly instead of testing a condition.</summary>
public sealed class ViewComparison
{
    internal ViewComparison(string? attribute, decimal tolerance)
    {
        Attribute = attribute;
        Tolerance = tolerance;
    }

    /// <summary>The attribute compared; null for a presence comparison (the subject exists but the report leaves it out).</summary>
    public string? Attribute { get; }

    /// <summary>Relative tolerance for numbers (0.1 = 10 % of the observed value); 0 = exact.</summary>
    public decimal Tolerance { get; }

    /// <summary><c>compare presence</c> or <c>compare ATTRIBUTE (tolerance T)</c>.</summary>
    public override string ToString() => Attribute is null ? "compare presence" : $"compare {Attribute} (tolerance {Tolerance.ToString(CultureInfo.InvariantCulture)})";
}
