using System.CommandLine;
using System.Net;
using RulesKit.Workbench;
using RulesKit.Workbench.Server;

namespace RulesKit.Cli.Commands.Experts;

/// <summary><c>ruleskit serve [--workspace DIR] [--port N]</c>: the workbench in the browser, on 127.0.0.1, until Ctrl+C.</summary>
internal static class ServeCommand
{
    public static Command Create(CliContext cli)
    {
        var workspace = new Option<string>("--workspace") { Description = cli.T("工作区文件夹：工作台只读写其中的文件（默认：当前文件夹）", "the workspace folder: the workbench reads and writes only its files (default: the current folder)"), DefaultValueFactory = _ => "." };
        var port = CliOptions.Typed("--port", cli.T("端口（默认 5170；0 为任一空闲端口）", "port (default 5170; 0 for any free port)"),
            text => int.TryParse(text, out var n) && n is >= 0 and <= 65535 ? n : (int?)null,
            text => new UsageException($"--port：应为 0 到 65535 的整数，实际是“{text}”", $"--port: expected an integer from 0 to 65535, found '{text}'"), () => 5170);
        var listen = new Option<string?>("--listen") { Description = cli.T("监听地址（默认 127.0.0.1，只供本机访问；给出其他地址即向网络开放）", "address to listen on (default 127.0.0.1, this machine only; another address opens it to the network)") };
        var catalogs = CliOptions.Catalogs(cli);
        var extend = CliOptions.Extend(cli);
        var command = new Command("serve", cli.T("在浏览器中打开工作台：以表单录入报告和检查记录，判定随输入更新；专项整治汇总表", "the workbench in a browser: reports and inspection records as forms, the verdict updated as you type; the campaign's tables"))
        {
            workspace, port, listen, catalogs, extend,
        };
        command.SetAction(parse =>
        {
            var engine = cli.Engine(parse.GetValue(catalogs), parse.GetValue(extend));
            IPAddress? address = null;
            if (parse.GetValue(listen) is { } text && !IPAddress.TryParse(text, out address))
                throw new UsageException($"--listen：“{text}”不是 IP 地址", $"--listen: '{text}' is not an IP address");
            WorkbenchServer server;
            try
            {
                server = WorkbenchServer.StartAsync(engine, new WorkbenchOptions { Workspace = parse.GetValue(workspace)!, Language = cli.Language }, address, parse.GetValue(port)).GetAwaiter().GetResult();
            }
            catch (WorkbenchException e)
            {
                throw new UsageException(e.Chinese, e.Message);
            }
            catch (IOException e)
            {
                throw new UsageException($"无法监听端口 {parse.GetValue(port)}：{e.Message}（用 --port 换一个端口）", $"cannot listen on port {parse.GetValue(port)}: {e.Message} (use --port for another)");
            }
            cli.Output.WriteLine(cli.T($"工作台：{server.Address}   工作区：{Path.GetFullPath(parse.GetValue(workspace)!)}   按 Ctrl+C 停止",
                $"workbench: {server.Address}?lang=en   workspace: {Path.GetFullPath(parse.GetValue(workspace)!)}   Ctrl+C stops it"));
            using var stop = new CancellationTokenSource();
            Console.CancelKeyPress += (_, e) =>
            {
                e.Cancel = true;
                stop.Cancel();
            };
            try
            {
                Task.Delay(Timeout.Infinite, stop.Token).GetAwaiter().GetResult();
            }
            catch (OperationCanceledException)
            {
                // Ctrl+C: the server stops below.
            }
            server.DisposeAsync().AsTask().GetAwaiter().GetResult();
            return CommandLine.Ok;
        });
        return command;
    }
}
