namespace RulesKit.Catalogs;

/// <summary>A category of nonconformity a determination list counts (周边环境, 重大事故隐患…).</summary>
public sealed class Category
{
    internal Category(string id, string title)
    {
        Id = id;
        Title = title;
    }

    /// <summary>Its id, named by standards items.</summary>
    public string Id { get; }

    /// <summary>What it covers.</summary>
    public string Title { get; }
}
