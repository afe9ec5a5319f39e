using RulesKit.Campaign.Batch;
using RulesKit.Campaign.Tables;

namespace RulesKit.Cli.Commands.Campaign;

/// <summary>What the batch and campaign commands share: the output folder held, and progress on a terminal.</summary>
internal static class TableFiles
{
    /// <summary>Holds the output folder for one run (see <see cref="TableFolder.TryHold"/>), saying so when another run holds it.</summary>
    public static IDisposable? Lock(string folder, CliContext cli)
    {
        var held = TableFolder.TryHold(folder);
        if (held is null)
            cli.Error.WriteLine(cli.T($"ruleskit: 另一次运行正在写入 {folder}：等它结束后再运行", $"ruleskit: another run is writing into {folder}: run again once it has finished"));
        return held;
    }

    /// <summary>Progress reported on the calling thread.</summary>
    public sealed class SynchronousProgress(Action<BatchProgress> report) : IProgress<BatchProgress>
    {
        public void Report(BatchProgress value) => report(value);
    }
}
