using System.Text;
using RulesKit.Catalogs;

namespace RulesKit.Cli;

/// <summary>The catalog listing: each version with its dates and its verified and unverified items.</summary>
public static class CatalogListing
{
    public static string Write(IReadOnlyList<CatalogInfo> catalogs)
    {
        var w = new StringBuilder();
        w.AppendLine("catalog@version                                   type           in force                   items  verified  unverified  document");
        foreach (var c in catalogs)
        {
            var from = c.EffectiveFrom?.ToString("yyyy-MM-dd") ?? "…";
            var to = c.EffectiveTo?.ToString("yyyy-MM-dd") ?? "…";
            var dates = $"{from} – {to}{(c.DatesVerified ? "" : " (recalled)")}";
            w.Append($"{c.Reference.Id + "@" + c.Reference.Version,-50}{c.Type.ToString().ToLowerInvariant(),-15}{dates,-27}");
            w.Append($"{c.Items,5}  {c.Verified,8}  {c.Items - c.Verified,10}  ").AppendLine(c.Document);
        }
        var standards = catalogs.Where(c => c.Type == CatalogType.Standards).ToList();
        w.Append($"{standards.Count} standards catalogs: {standards.Sum(c => c.Items)} items, {standards.Sum(c => c.Verified)} verified, {standards.Sum(c => c.Items - c.Verified)} unverified; ");
        w.Append($"{catalogs.Count - standards.Count} determination catalogs.");
        return w.ToString();
    }
}
