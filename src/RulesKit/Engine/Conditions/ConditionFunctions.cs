namespace RulesKit.Engine.Conditions;

/// <summary>
/// The only functions a catalog condition may call (besides its catalog's lookup tables). Each is
/// pure and total on valid input, so a condition cannot reach anything outside the facts.
/// </summary>
internal static class ConditionFunctions
{
    public static readonly IReadOnlyDictionary<string, Delegate> All = new Dictionary<string, Delegate>(StringComparer.Ordinal)
    {
        ["abs"] = new Func<decimal, decimal>(Math.Abs),
        ["min"] = new Func<decimal, decimal, decimal>(Math.Min),
        ["max"] = new Func<decimal, decimal, decimal>(Math.Max),
        ["ceiling"] = new Func<decimal, decimal>(Math.Ceiling),
        ["days_between"] = new Func<DateTime, DateTime, decimal>(DaysBetween),
        ["months_between"] = new Func<DateTime, DateTime, decimal>(MonthsBetween),
        ["date"] = new Func<string, DateTime>(Date),
        ["add_months"] = new Func<DateTime, decimal, DateTime>(AddMonths),
        ["pow"] = new Func<decimal, decimal, decimal>(Pow),
    };

    /// <summary>
    /// <paramref name="x"/> to the power <paramref name="y"/>, rounded to 6 decimals so that the last bits of the
    /// floating-point result cannot change a verdict between machines. A negative base has no real power:
    /// the condition fails (RK5004) rather than inventing a value.
    /// </summary>
    public static decimal Pow(decimal x, decimal y)
    {
        if (x < 0)
            throw new ArgumentOutOfRangeException(nameof(x), x, "pow needs a base of zero or more");
        return Math.Round((decimal)Math.Pow((double)x, (double)y), 6, MidpointRounding.ToEven);
    }

    /// <summary>Whole days from <paramref name="from"/> to <paramref name="to"/> (negative when earlier).</summary>
    public static decimal DaysBetween(DateTime from, DateTime to) => (decimal)(to.Date - from.Date).TotalDays;

    /// <summary>
    /// Completed calendar months from <paramref name="from"/> to <paramref name="to"/>: 2020-01-31 to
    /// 2021-07-31 is 18; to 2021-07-30 it is 17. "At most 18 months" is <c>months_between(a, b) &lt;= 18</c>
    /// only when the day has not passed, so conditions that need the exact boundary compare dates instead.
    /// </summary>
    public static decimal MonthsBetween(DateTime from, DateTime to)
    {
        var months = (to.Year - from.Year) * 12 + to.Month - from.Month;
        if (to.Day < from.Day && !(to.Day == DateTime.DaysInMonth(to.Year, to.Month)))
            months--;
        return months;
    }

    /// <summary>The same day <paramref name="months"/> calendar months later (clamped to the month's end): the exact "at most N months" boundary.</summary>
    public static DateTime AddMonths(DateTime date, decimal months) => date.AddMonths((int)months);

    public static DateTime Date(string text) =>
        DateTime.ParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
