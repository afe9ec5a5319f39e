using RulesKit.Campaign.Tables;

namespace RulesKit.Tests.Campaign.Tables;

public class SpilledRowsTests
{
    [Fact]
    public void Ordered_RowsPastTheLimit_ComeBackFromTheFileInIndexOrder()
    {
        using var rows = new SpilledRows(2, inMemoryLimit: 3);
        for (var i = 0; i < 10; i++)
            rows.Add(i * 10, $"id-{i}", i % 2 == 0 ? "甲类仓库" : "a,b\n\"c\"");

        rows.SpillPath.Should().NotBeNull("seven of the ten rows are past the in-memory limit");
        File.Exists(rows.SpillPath).Should().BeTrue();
        rows.Ordered(rows.Count).Select(r => (r.Position, r.Cells[0], r.Cells[1])).Should().Equal(
            Enumerable.Range(0, 10).Select(i => ((long)i + 1, $"id-{i}", i % 2 == 0 ? "甲类仓库" : "a,b\n\"c\"")));
    }

    [Fact]
    public void Ordered_RowsAddedOutOfOrder_AreSortedByIndex()
    {
        using var rows = new SpilledRows(1, inMemoryLimit: 2);
        foreach (var index in new long[] { 5, 1, 4, 2, 3 })
            rows.Add(index, $"r{index}");

        rows.Ordered(rows.Count).Select(r => r.Cells[0]).Should().Equal("r1", "r2", "r3", "r4", "r5");
    }

    [Fact]
    public void Ordered_CountTakenEarlier_IgnoresRowsAddedSince()
    {
        using var rows = new SpilledRows(1, inMemoryLimit: 1);
        rows.Add(1, "first");
        rows.Add(2, "second");
        var snapshot = rows.Count;
        rows.Add(3, "third");

        rows.Ordered(snapshot).Select(r => r.Cells[0]).Should().Equal("first", "second");
    }

    [Fact]
    public void Dispose_SpilledRows_DeletesTheFileAndRefusesToRead()
    {
        var rows = new SpilledRows(1, inMemoryLimit: 1);
        rows.Add(1, "a");
        rows.Add(2, "b");
        var path = rows.SpillPath!;

        rows.Dispose();

        File.Exists(path).Should().BeFalse();
        rows.Invoking(r => r.Ordered(2).ToList()).Should().Throw<ObjectDisposedException>();
    }

    [Fact]
    public void Add_WrongNumberOfCells_Throws()
    {
        using var rows = new SpilledRows(2);
        rows.Invoking(r => r.Add(1, "only one")).Should().Throw<ArgumentException>();
    }
}
