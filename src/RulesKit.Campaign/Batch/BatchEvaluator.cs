using System.Runtime.CompilerServices;
using RulesKit.Reports;

namespace RulesKit.Campaign.Batch;

/// <summary>
/// Evaluates a stream of reports in parallel, in chunks, and yields one record per input in input order.
/// A report that cannot be read or evaluated yields an error record; the batch goes on.
/// </summary>
public static class BatchEvaluator
{
    private static readonly DiagnosticTemplate EvaluationFailed = new("RK7001", DiagnosticSeverity.Error, "评估失败：{0}", "evaluation failed: {0}");
    private static readonly DiagnosticTemplate NotAnInput = new("RK7002", DiagnosticSeverity.Error, "既不是报告文件夹，也不是 JSON Lines 文件", "not a folder of reports or a JSON Lines file");

    /// <summary>Evaluates <paramref name="inputs"/>; records come back in input order.</summary>
    public static async IAsyncEnumerable<BatchRecord> EvaluateAsync(RulesKitEngine engine, IEnumerable<BatchInput> inputs,
        BatchOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(inputs);
        options ??= new BatchOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Parallelism, 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.ChunkSize, 1, nameof(options));

        long index = 0, errors = 0;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Parallelism, CancellationToken = cancellationToken };
        using var chunks = inputs.Chunk(options.ChunkSize).GetEnumerator();

        // Two chunks in flight: while the caller consumes one, the workers evaluate the next.
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
            return new BatchRecord(index, input.Source, report, engine.Evaluate(report, asOf), []);
        }
        catch (RulesKitInputException e)
        {
            return new BatchRecord(index, input.Source, report, null, e.Diagnostics);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Whatever else goes wrong with one report must not lose the others: it becomes that report's record.
            return new BatchRecord(index, input.Source, report, null, [EvaluationFailed.At(input.Source, 0, 0, e.Message)]);
        }
    }

    /// <summary>Inputs from a folder of .yaml/.yml/.json reports (sorted by path) or a JSON Lines file (one report per line).</summary>
    /// <exception cref="RulesKitInputException">The path is neither.</exception>
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
        throw new RulesKitInputException([NotAnInput.At(path, 0, 0)]);
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
