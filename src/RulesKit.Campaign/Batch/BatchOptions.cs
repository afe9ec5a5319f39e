namespace RulesKit.Campaign.Batch;

/// <summary>How a batch runs.</summary>
public sealed class BatchOptions
{
    /// <summary>Worker threads; default: the number of processors.</summary>
    public int Parallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Inputs evaluated per chunk: memory stays bounded by two chunks of reports and results.</summary>
    public int ChunkSize { get; init; } = 512;

    /// <summary>Choose catalog versions for this date instead of each report's evaluation date.</summary>
    public DateOnly? AsOf { get; init; }

    /// <summary>Called after each chunk.</summary>
    public IProgress<BatchProgress>? Progress { get; init; }
}
