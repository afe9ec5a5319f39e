using System.CommandLine;
using System.Globalization;
using System.Text;
using RulesKit.Testing.Generation;

namespace RulesKit.Cli.Commands.Campaign;

/// <summary><c>ruleskit generate --count N --seed S --out FILE</c>: a synthetic batch, the same bytes for the same count and seed.</summary>
internal static class GenerateCommand
{
    public static Command Create(CliContext cli)
    {
        var count = CliOptions.Typed<int>("--count", cli.T("生成的报告份数", "reports to generate"),
            text => int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= 0 ? n : null,
            text => new UsageException($"--count：应为零或正整数，实际是“{text}”", $"--count: expected a whole number, 0 or more, found '{text}'"));
        var seed = CliOptions.Typed<int>("--seed", cli.T("随机种子：份数与种子相同，输出逐字节相同", "the seed: the same count and seed give the same bytes"),
            text => int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null,
            text => new UsageException($"--seed：应为整数，实际是“{text}”", $"--seed: expected a whole number, found '{text}'"));
        var file = new Option<string>("--out") { Description = cli.T("要写出的 JSON Lines 文件", "the JSON Lines file to write"), Required = true };
        count.Required = true;
        seed.Required = true;
        var command = new Command("generate", cli.T("生成一批合成报告（JSON Lines）", "a synthetic batch of reports as JSON Lines")) { count, seed, file };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            var n = parse.GetValue(count)!.Value;
            using var writer = new StreamWriter(path, false, new UTF8Encoding(false)) { NewLine = "\n" };
            foreach (var line in SyntheticReports.JsonLines(n, parse.GetValue(seed)!.Value))
                writer.WriteLine(line);
            cli.Output.WriteLine($"{n} reports written to {path}");
            return CommandLine.Ok;
        });
        return command;
    }
}
