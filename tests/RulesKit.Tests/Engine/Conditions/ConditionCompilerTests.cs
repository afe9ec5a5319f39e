using RulesKit.Engine.Conditions;

namespace RulesKit.Tests.Engine.Conditions;

public class ConditionCompilerTests
{
    private const string RedOnly = """
        tables:
          limit:
            clause: "1"
            source: test
            confidence: official
            keys: [colour]
            rows:
              - [red, 10]
        """;

    private const string RedAndGreen = RedOnly + """

              - [green, 20]
        """;

    private static Diagnostic LoadError(string when, string extra = "")
    {
        var act = () => TestData.EngineOf(("d.yaml", TestData.Determination), ("s.yaml", TestData.Standards(when, extra)));
        return act.Should().Throw<RulesKitInputException>().Which.Diagnostics.Should().ContainSingle().Subject;
    }

    [Theory]
    [InlineData("a.GetType() != null")]
    [InlineData("typeof(string) != null")]
    [InlineData("new System.Object() != null")]
    [InlineData("DateTime.Now > evaluation_date")]
    [InlineData("Environment.ExitCode == 0")]
    [InlineData("System.IO.File.Exists(\\\"x\\\")")]
    [InlineData("(a = 3) > 1")]
    [InlineData("a.ToString() == \\\"1\\\"")]
    [InlineData("Math.Abs(a) > 1")]
    public void Load_ConditionLeavingTheSandbox_LocatedLoadError(string when)
    {
        var d = LoadError(when);
        d.Source.Should().Be("standards/s.yaml");
        d.Line.Should().Be(28);
        d.Code.Should().StartWith("RK32");
        d.Message.Should().StartWith("condition");
    }

    [Fact]
    public void Load_UnknownAttribute_ColumnPointsAtIt()
    {
        var d = LoadError("a > 1 && nosuch > 2");
        d.Line.Should().Be(28);
        d.Column.Should().Be("    when: \"".Length + 1 + "a > 1 && ".Length);
        d.Message.Should().Contain("nosuch").And.Contain("expected an expression over the attributes of 'thing'");
    }

    [Fact]
    public void Load_ConditionNotBoolean_Rejected()
    {
        LoadError("a + b").Code.Should().Be("RK3204");
    }

    [Fact]
    public void Load_EnumLiteralNotAValue_Rejected()
    {
        LoadError("colour == \\\"blue\\\"").Message.Should().Contain("'blue' is not a value of 'colour'");
    }

    [Fact]
    public void Load_TooLongCondition_Rejected()
    {
        var when = string.Join(" && ", Enumerable.Repeat("a > 1", 500));
        LoadError(when).Message.Should().Contain("at most");
    }

    [Theory]
    [InlineData(60, '(')]
    [InlineData(900, '(')]
    [InlineData(900, '!')]
    public void Load_DeeplyNestedCondition_RejectedBeforeParsing(int depth, char opener)
    {
        var when = opener == '(' ? new string('(', depth) + "a > 1" + new string(')', depth) : new string('!', depth) + "flag";
        var d = LoadError(when);
        d.Message.Should().Contain("nested deeper");
        d.Column.Should().Be("    when: \"".Length + 1 + 40);
    }

    [Fact]
    public void Load_TableMissingARowTheConditionCanAskFor_Rejected()
    {
        LoadError("a < limit(colour)", RedOnly).Message.Should().Contain("has no row for (green)");
    }

    [Theory]
    [InlineData("colour == \\\"red\\\" && a < limit(colour)")]
    [InlineData("flag && colour == \\\"red\\\" && a < limit(colour)")]
    public void Load_LookupGuardedByTheKeysItHas_Accepted(string when)
    {
        TestData.EngineOf(("d.yaml", TestData.Determination), ("s.yaml", TestData.Standards(when, RedOnly))).Catalogs.Catalogs.Should().HaveCount(2);
    }

    [Fact]
    public void Load_LookupGuardedByAnotherValue_StillRejected()
    {
        LoadError("colour == \\\"green\\\" && a < limit(colour)", RedOnly).Message.Should().Contain("has no row for (green)");
    }

    [Fact]
    public void Load_AllowedFunctionsAndTable_Compile()
    {
        var engine = TestData.EngineOf(("d.yaml", TestData.Determination),
            ("s.yaml", TestData.Standards("abs(a - b) > limit(colour) && months_between(date(\\\"2020-01-31\\\"), evaluation_date) >= 1 && !flag", RedAndGreen)));
        engine.Catalogs.Catalogs.Should().HaveCount(2);
    }

    [Theory]
    [InlineData(8, 3, false)]     // cube root of 8 is 2: 2 < 2 is false
    [InlineData(8.1, 3, true)]    // just above: the root exceeds 2
    public void Evaluate_Pow_RoundsToSixDecimalsAndCompares(decimal a, decimal b, bool fires)
    {
        var engine = TestData.EngineOf(("d.yaml", TestData.Determination), ("s.yaml", TestData.Standards("pow(a, 1 / b) > 2")));
        var report = TestData.Report("test", new DateOnly(2021, 1, 1), [new CheckedSubject { Id = "S", Kind = "thing", Observed = TestData.Values(("a", a), ("b", b)) }]);

        engine.Evaluate(report).Nonconformities.Any().Should().Be(fires);
    }

    [Fact]
    public void Evaluate_PowOfANegativeBase_ConditionFailsWithAWarning()
    {
        var engine = TestData.EngineOf(("d.yaml", TestData.Determination), ("s.yaml", TestData.Standards("pow(a, b) > 1")));
        var report = TestData.Report("test", new DateOnly(2021, 1, 1), [new CheckedSubject { Id = "S", Kind = "thing", Observed = TestData.Values(("a", -8m), ("b", 0.5m)) }]);

        var result = engine.Evaluate(report);

        result.Nonconformities.Should().BeEmpty();
        result.Diagnostics.Should().ContainSingle(d => d.Code == "RK5004").Which.Message.Should().Contain("pow needs a base of zero or more");
    }

    [Theory]
    [InlineData("a < 40m", 5)]
    [InlineData("a < 40 m", 5)]
    [InlineData("a < 4.5d && b > 1", 5)]
    [InlineData("a < 40米", 5)]
    public void Load_NumberWithAUnit_RefusedWithAHint(string when, int offset)
    {
        var d = LoadError(when);
        d.Code.Should().Be("RK3212");
        d.Column.Should().Be("    when: \"".Length + offset);
        d.Format(Language.Chinese).Should().Contain("单位");
    }

    [Fact]
    public void Load_TextComparedWithANumber_SaysWhichTypes()
    {
        var d = LoadError("colour == 5");
        d.Code.Should().Be("RK3213");
        d.Message.Should().Contain("a text").And.Contain("a number");
    }

    [Theory]
    [InlineData("2020-01-31", "2021-07-31", 18)]
    [InlineData("2020-01-31", "2021-07-30", 17)]
    [InlineData("2020-03-15", "2020-03-14", -1)]
    [InlineData("2020-01-31", "2020-02-29", 1)]
    public void MonthsBetween_CountsCompletedMonths(string from, string to, int expected)
    {
        ConditionFunctions.MonthsBetween(DateTime.Parse(from), DateTime.Parse(to)).Should().Be(expected);
    }
}
