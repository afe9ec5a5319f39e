namespace RulesKit.Catalogs;

/// <summary>A verdict a determination list gives (虚假, 失实…), with its severity.</summary>
public sealed class VerdictClass
{
    internal VerdictClass(string id, string name, string nameEn, int severity)
    {
        Id = id;
        Name = name;
        NameEn = nameEn;
        Severity = severity;
    }

    /// <summary>Its id (e.g. <c>false_report</c>).</summary>
    public string Id { get; }

    /// <summary>Its Chinese name.</summary>
    public string Name { get; }

    /// <summary>Its English name.</summary>
    public string NameEn { get; }

    /// <summary>Higher is more severe; a report's verdict is the most severe class met.</summary>
    public int Severity { get; }
}
