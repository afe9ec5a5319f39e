using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using RulesKit.Input;
using RulesKit.Inspections;
using RulesKit.Reports;

namespace RulesKit.Campaign.Batch;

/// <summary>
/// Evaluates a stream of reports and inspection records in parallel, in chunks, and yields one record per
/// input. Reports come back in input order as they are done; inspection records are judged after every
/// report of the batch (they may name reports that come later) and come back last, in input order, each
/// with its input index. An input that cannot be read or evaluated yields an error record; the batch goes on.
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
        var findings = new BatchFindings();
        var deferred = new ConcurrentBag<(long Index, string Source, InspectionRecord Record)>();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Parallelism, CancellationToken = cancellationToken };
        using var chunks = inputs.Chunk(options.ChunkSize).GetEnumerator();

        // Two chunks in flight: while the caller consumes one, the workers evaluate the next.
        Task<BatchRecord?[]>? Start(long first)
        {
            if (!chunks.MoveNext())
                return null;
            var chunk = chunks.Current;
            return Task.Run(() =>
            {
                var records = new BatchRecord?[chunk.Length];
                Parallel.For(0, (chunk.Length + SliceSize - 1) / SliceSize, parallel, slice =>
                    EvaluateSlice(engine, chunk, slice * SliceSize, Math.Min(chunk.Length, (slice + 1) * SliceSize), first, records, options.AsOf, findings, deferred));
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
                if (record is null)
                    continue; // an inspection record, judged at the end
                if (!record.Succeeded)
                    errors++;
                yield return record;
            }
            options.Progress?.Report(new BatchProgress(index - deferred.Count, errors));
        }

        var inspections = deferred.OrderBy(d => d.Index).ToArray();
        if (inspections.Length > 0)
            findings.Freeze();
        foreach (var chunk in inspections.Chunk(options.ChunkSize))
        {
            var records = new BatchRecord[chunk.Length];
            await Task.Run(() => Parallel.For(0, chunk.Length, parallel, i => records[i] = Inspect(engine, chunk[i], options.AsOf, findings)), cancellationToken).ConfigureAwait(false);
            foreach (var record in records)
            {
                if (!record.Succeeded)
                    errors++;
                yield return record;
            }
        }
        if (inspections.Length > 0)
            options.Progress?.Report(new BatchProgress(index, errors));
    }

    private static BatchRecord Inspect(RulesKitEngine engine, (long Index, string Source, InspectionRecord Record) input, DateOnly? asOf, BatchFindings findings)
    {
        try
        {
            return new BatchRecord(input.Index, input.Source, null, engine.Inspect(input.Record, findings, asOf), [], input.Record);
        }
        catch (RulesKitInputException e)
        {
            return new BatchRecord(input.Index, input.Source, null, null, e.Diagnostics, input.Record);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return new BatchRecord(input.Index, input.Source, null, null, [EvaluationFailed.At(input.Source, 0, 0, e.Message)], input.Record);
        }
    }

    // A worker reads a slice of a chunk and evaluates its reports with EvaluateAll, which lets the reports of one
    // rule set that have something to decide share an NRules session: 64 is EvaluateAll's look-ahead, and a chunk
    // of 512 still gives the workers eight slices to share.
    private const int SliceSize = 64;

    // Fills records[from..to): null for an inspection record (set aside and judged once every report is done).
    private static void EvaluateSlice(RulesKitEngine engine, BatchInput[] chunk, int from, int to, long first, BatchRecord?[] records,
        DateOnly? asOf, BatchFindings findings, ConcurrentBag<(long, string, InspectionRecord)> deferred)
    {
        var reports = new List<(int At, Report Report)>(to - from);
        for (var i = from; i < to; i++)
        {
            var input = chunk[i];
            try
            {
                var read = input.Read(engine);
                if (read.Record is { } record)
                    deferred.Add((first + i, input.Source, record));
                else
                    reports.Add((i, read.Report!));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                records[i] = Failed(input, first + i, null, e);
            }
        }

        // EvaluateAll stops at a report that fails; that report gets its error and the rest are evaluated anew.
        var done = 0;
        while (done < reports.Count)
        {
            try
            {
                foreach (var evaluation in engine.EvaluateAll(reports.Skip(done).Select(r => r.Report), asOf))
                {
                    var (at, report) = reports[done];
                    findings.Add(evaluation);
                    records[at] = new BatchRecord(first + at, chunk[at].Source, report, evaluation, []);
                    done++;
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                var (at, report) = reports[done];
                records[at] = Failed(chunk[at], first + at, report, e);
                done++;
            }
        }
    }

    // Whatever goes wrong with one report must not lose the others: it becomes that report's record.
    private static BatchRecord Failed(BatchInput input, long index, Report? report, Exception e) => e is RulesKitInputException rejected
        ? new BatchRecord(index, input.Source, report, null, rejected.Diagnostics)
        : new BatchRecord(index, input.Source, report, null, [EvaluationFailed.At(input.Source, 0, 0, e.Message)]);

    /// <summary>Inputs from a folder of .yaml/.yml/.json reports and inspection records (sorted by path), one such file, or a JSON Lines file (one per line).</summary>
    /// <exception cref="RulesKitInputException">The path is neither.</exception>
    public static IEnumerable<BatchInput> InputsFrom(string path)
    {
        if (Directory.Exists(path))
        {
            return FolderFiles.Enumerate(path, IsDocument).Select(f => BatchInput.FromDocument(f, () => DocumentReader.ReadFile(f)));
        }
        // One YAML or JSON document is one input; any other file is JSON Lines (.jsonl, .ndjson…).
        if (File.Exists(path))
            return IsDocument(path) ? [BatchInput.FromDocument(path, () => DocumentReader.ReadFile(path))] : JsonLines(path);
        throw new RulesKitInputException([NotAnInput.At(path, 0, 0)]);
    }

    private static readonly Func<string, bool> IsDocument = FolderFiles.WithExtension(".yaml", ".yml", ".json");

    // A UTF-8 file line by line as bytes; a UTF-16 or UTF-32 one (its byte order mark says so) decoded as text.
    // Lines are numbered as File.ReadLines numbers them; white-space lines are counted and skipped.
    private static IEnumerable<BatchInput> JsonLines(string path) => Utf8Lines.HasWideByteOrderMark(path)
        ? Numbered(File.ReadLines(path), string.IsNullOrWhiteSpace, (source, line) => BatchInput.FromText(source, line), path)
        : Numbered(Utf8Lines.Read(path), Utf8Lines.IsWhiteSpace, BatchInput.FromUtf8, path);

    private static IEnumerable<BatchInput> Numbered<T>(IEnumerable<T> lines, Func<T, bool> blank, Func<string, T, BatchInput> input, string path)
    {
        var number = 0;
        foreach (var line in lines)
        {
            number++;
            if (!blank(line))
                yield return input($"{path}#{number}", line);
        }
    }
}
