namespace RulesKit.Campaign.Batch;

/// <summary>Progress of a batch: inputs done and errors so far.</summary>
public readonly struct BatchProgress
{
    internal BatchProgress(long done, long errors)
    {
        Done = done;
        Errors = errors;
    }

    /// <summary>Inputs finished.</summary>
    public long Done { get; }

    /// <summary>Inputs that ended in an error record.</summary>
    public long Errors { get; }
}
