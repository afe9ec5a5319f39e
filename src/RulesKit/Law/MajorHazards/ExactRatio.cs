using System.Numerics;

namespace RulesKit.Law;

/// <summary>
/// An exact fraction of decimals. GB 18218's indices are sums of q/Q compared with 1, 10, 50 and 100; in binary or
/// even decimal floating point 0.1/0.3 × 3 is just below 1, so the comparison that makes a 重大危险源 is done on
/// fractions and only the printed figure is rounded.
/// </summary>
internal readonly struct ExactRatio : IComparable<ExactRatio>
{
    private readonly BigInteger _numerator;
    private readonly BigInteger _denominator;

    private ExactRatio(BigInteger numerator, BigInteger denominator)
    {
        if (denominator.Sign < 0)
            (numerator, denominator) = (-numerator, -denominator);
        var gcd = BigInteger.GreatestCommonDivisor(numerator, denominator);
        if (!gcd.IsZero && !gcd.IsOne)
            (numerator, denominator) = (numerator / gcd, denominator / gcd);
        _numerator = numerator;
        _denominator = denominator.IsZero ? BigInteger.One : denominator;
    }

    public static ExactRatio Zero => new(BigInteger.Zero, BigInteger.One);

    public static ExactRatio Of(decimal value)
    {
        var bits = decimal.GetBits(value);
        var scale = (bits[3] >> 16) & 0xFF;
        var mantissa = new BigInteger((uint)bits[0]) | (new BigInteger((uint)bits[1]) << 32) | (new BigInteger((uint)bits[2]) << 64);
        if (bits[3] < 0)
            mantissa = -mantissa;
        return new(mantissa, BigInteger.Pow(10, scale));
    }

    public static ExactRatio operator +(ExactRatio a, ExactRatio b) =>
        new(a._numerator * b._denominator + b._numerator * a._denominator, a._denominator * b._denominator);

    public static ExactRatio operator -(ExactRatio a, ExactRatio b) =>
        new(a._numerator * b._denominator - b._numerator * a._denominator, a._denominator * b._denominator);

    public static ExactRatio operator *(ExactRatio a, ExactRatio b) => new(a._numerator * b._numerator, a._denominator * b._denominator);

    public static ExactRatio operator /(ExactRatio a, ExactRatio b) => new(a._numerator * b._denominator, a._denominator * b._numerator);

    public static bool operator >=(ExactRatio a, ExactRatio b) => a.CompareTo(b) >= 0;

    public static bool operator <=(ExactRatio a, ExactRatio b) => a.CompareTo(b) <= 0;

    public static bool operator <(ExactRatio a, ExactRatio b) => a.CompareTo(b) < 0;

    public static bool operator >(ExactRatio a, ExactRatio b) => a.CompareTo(b) > 0;

    public int CompareTo(ExactRatio other) => (_numerator * other._denominator).CompareTo(other._numerator * _denominator);

    /// <summary>Whether the value has a finite decimal expansion of at most <paramref name="places"/> places.</summary>
    public bool IsExactIn(int places) => (_numerator * BigInteger.Pow(10, places) % _denominator).IsZero;

    /// <summary>Rounded half away from zero to <paramref name="places"/> decimal places.</summary>
    public decimal Round(int places)
    {
        var scaled = _numerator * BigInteger.Pow(10, places);
        var quotient = BigInteger.DivRem(BigInteger.Abs(scaled), _denominator, out var remainder);
        if (remainder * 2 >= _denominator)
            quotient += 1;
        var value = (decimal)quotient / (decimal)Math.Pow(10, places);
        return scaled.Sign < 0 ? -value : value;
    }
}
