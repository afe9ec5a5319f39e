using System.Runtime.CompilerServices;
using RulesKit.Determinations;
using RulesKit.Facts;

namespace RulesKit.Batch;

/// <summary>One report to read and evaluate in a batch: its name and how to read it.</summary>
/// <param name="Source">Where it comes from (file name, or file and line), for messages and the output record.</param>
/// <param name="Read">Reads the report; may throw <see cref="RulesKitInputException"/>, which becomes the input's error record.</param>
public sealed record BatchInput(string Source, Func<RulesKitEngine, Report> Read);

/// <summary>The output for one input: its evaluation or the errors that stopped it. Exactly one per input.</summary>
public sealed record BatchRecord
{
    /// <summary>0-based position of the input.</summary>
    public required long Index { get; init; }

    /// <summary>The input's source name.</summary>
    public required string Source { get; init; }

    /// <summary>The evaluation, when the report could be read and evaluated.</summary>
    public ReportEvaluation? Evaluation { get; init; }

    /// <summary>The report as read (for the summary tables), when it could be read.</summary>
    public Report? Report { get; init; }

    /// <summary>Why the input yields no evaluation; empty when it does.</summary>
    public IReadOnlyList<Diagnostic> Errors { get; init; } = [];

    /// <summary>True when the input was evaluated.</summary>
    public bool Succeeded => Evaluation is not null;
}

/// <summary>Progress of a batch: inputs done and errors so far.</summary>
/// <param name="Done">Inputs finished.</param>
/// <param name="Errors">Inputs that ended in an error record.</param>
public readonly record struct BatchProgress(long Done, long Errors);

/// <summary>How a batch runs.</summary>
public sealed record BatchOptions
{
    /// <summary>Worker threads; default: the number of processors.</summary>
    public int Parallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Inputs evaluated per chunk: memory stays bounded by one chunk of reports and results.</summary>
    public int ChunkSize { get; init; } = 512;

    /// <summary>Choose catalog versions for this date instead of each report's evaluation date.</summary>
    public DateOnly? AsOf { get; init; }

    /// <summary>Called after each chunk.</summary>
    public IProgress<BatchProgress>? Progress { get; init; }
}

/// <summary>
/// Evaluates a stream of reports in parallel, in chunks, and yields one record per input in input
/// order. A report that cannot be read or evaluated yields an error record; the batch goes on.
/// </summary>
public static class BatchEvaluator
{
    /// <summary>Evaluates <paramref name="inputs"/>; records come back in input order.</summary>
    public static async IAsyncEnumerable<BatchRecord> EvaluateAsync(RulesKitEngine engine, IEnumerable<BatchInput> inputs,
        BatchOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(inputs);
        options ??= new BatchOptions();
        if (options.Parallelism < 1 || options.ChunkSize < 1)
            throw new ArgumentOutOfRangeException(nameof(options), "Parallelism and ChunkSize must be at least 1");

        long index = 0, errors = 0;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Parallelism, CancellationToken = cancellationToken };
        using var chunks = inputs.Chunk(options.ChunkSize).GetEnumerator();

        // Two chunks in flight: while the caller consumes one, the workers evaluate the next. Memory stays
        // bounded by two chunks of reports and results.
        Task<BatchRecord[]>? Start(long first)
        {
            if (!chunks.MoveNext())
                return null;
            var chunk = chunks.Current;
            return Task.Run(() =>
            {
                var records = new BatchRecord[chunk.Length];
                Parallel.For(0, chunk.Length, parallel, i => records[i] = EvaluateOne(engine, chunk[i], first + i, options.AsOf));
                return records;
            }, cancellationToken);
        }

        var pending = Start(0);
        while (pending is not null)
        {
            var records = await pending.ConfigureAwait(false);
            index += records.Length;
            pending = Start(index);
            foreach (var record in records)
            {
                if (!record.Succeeded)
                    errors++;
                yield return record;
            }
            options.Progress?.Report(new BatchProgress(index, errors));
        }
    }

    private static BatchRecord EvaluateOne(RulesKitEngine engine, BatchInput input, long index, DateOnly? asOf)
    {
        Report? report = null;
        try
        {
            report = input.Read(engine);
            return new BatchRecord { Index = index, Source = input.Source, Report = report, Evaluation = engine.Evaluate(report, asOf) };
        }
        catch (RulesKitInputException e)
        {
            return new BatchRecord { Index = index, Source = input.Source, Report = report, Errors = e.Diagnostics };
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Whatever else goes wrong with one report must not lose the others: it becomes that report's record.
            return new BatchRecord { Index = index, Source = input.Source, Report = report, Errors = [new Diagnostic(input.Source, 0, 0, "evaluation failed: " + e.Message)] };
        }
    }

    /// <summary>Inputs from a folder of .yaml/.yml/.json reports (sorted by path) or a JSON Lines file (one report per line).</summary>
    public static IEnumerable<BatchInput> InputsFrom(string path)
    {
        if (Directory.Exists(path))
        {
            return Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                .Where(f => f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
                .Order(StringComparer.Ordinal)
                .Select(f => new BatchInput(f, engine => engine.ReadReport(f)));
        }
        if (File.Exists(path))
            return JsonLines(path);
        throw new RulesKitInputException([new Diagnostic(path, 0, 0, "not a folder of reports or a JSON Lines file")]);
    }

    private static IEnumerable<BatchInput> JsonLines(string path)
    {
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
                continue;
            var source = $"{path}#{number}";
            yield return new BatchInput(source, engine => engine.ParseReport(line, source));
        }
    }
}
