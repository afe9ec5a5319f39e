namespace RulesKit.Law;

/// <summary>
/// Kleene's three-valued logic, in which a catalog condition is evaluated: a fact not recorded is unknown (null),
/// never false. true OR unknown is true, false AND unknown is false, NOT unknown is unknown; otherwise a connective
/// with an unknown operand is unknown, and so is a comparison or a calculation with one. A condition is compiled so
/// that its <c>&amp;&amp;</c> and <c>||</c> call these (Engine/Conditions/ThreeValued.cs); the left operand is
/// evaluated first and decides alone when it can (false for AND, true for OR), as in C#.
/// </summary>
internal static class Kleene
{
    /// <summary><paramref name="left"/> AND <paramref name="right"/>, once <paramref name="left"/> is known not to be false.</summary>
    public static bool? AndRest(bool? left, bool? right) =>
        right == false ? false : left == true && right == true ? true : null;

    /// <summary><paramref name="left"/> OR <paramref name="right"/>, once <paramref name="left"/> is known not to be true.</summary>
    public static bool? OrRest(bool? left, bool? right) =>
        right == true ? true : left == false && right == false ? false : null;

    /// <summary>AND of any number of values: false if one is false, true if all are true, otherwise unknown.</summary>
    public static bool? And(params ReadOnlySpan<bool?> values)
    {
        bool? result = true;
        foreach (var value in values)
        {
            if (value == false)
                return false;
            if (value is null)
                result = null;
        }
        return result;
    }

    /// <summary>OR of any number of values: true if one is true, false if all are false, otherwise unknown.</summary>
    public static bool? Or(params ReadOnlySpan<bool?> values)
    {
        bool? result = false;
        foreach (var value in values)
        {
            if (value == true)
                return true;
            if (value is null)
                result = null;
        }
        return result;
    }

    /// <summary>Two texts are equal; unknown when either is not recorded.</summary>
    public static bool? TextEquals(string? left, string? right) => left is null || right is null ? null : string.Equals(left, right, StringComparison.Ordinal);
}
