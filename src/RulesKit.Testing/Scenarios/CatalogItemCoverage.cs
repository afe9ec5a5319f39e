using System.Collections.Immutable;
using RulesKit.Catalogs;

namespace RulesKit.Testing.Scenarios;

/// <summary>How far a scenario suite reaches into one standards catalog version.</summary>
public sealed class CatalogItemCoverage
{
    internal CatalogItemCoverage(Catalog catalog, ImmutableArray<string> exercised)
    {
        Catalog = catalog.Reference;
        Items = catalog.Items.Length;
        Exercised = exercised;
        NeverExercised = [.. catalog.Items.Select(i => i.Id).Where(id => !exercised.Contains(id))];
        Deciding = catalog.Items.Count(i => i.Confidence is Confidence.Official or Confidence.Transcription);
        DecidingExercised = catalog.Items.Count(i => i.Confidence is Confidence.Official or Confidence.Transcription && exercised.Contains(i.Id));
    }

    /// <summary>The catalog version.</summary>
    public CatalogReference Catalog { get; }

    /// <summary>Items in the catalog.</summary>
    public int Items { get; }

    /// <summary>Items that can establish a criterion (official or transcription texts).</summary>
    public int Deciding { get; }

    /// <summary>Of those, the ones some scenario made fire.</summary>
    public int DecidingExercised { get; }

    /// <summary>Ids of the items some scenario made fire (of every confidence).</summary>
    public ImmutableArray<string> Exercised { get; }

    /// <summary>Ids of the items no scenario made fire (of every confidence).</summary>
    public ImmutableArray<string> NeverExercised { get; }
}
