using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace RulesKit.Workbench.Server;

/// <summary>
/// The workbench as a server of its own (what <c>ruleskit serve</c> starts): Kestrel on 127.0.0.1 unless told
/// otherwise, answering only requests addressed to that host (a page of another site cannot reach it by renaming
/// itself), until disposed.
/// </summary>
public sealed class WorkbenchServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private WorkbenchServer(WebApplication app, Uri address) => (_app, Address) = (app, address);

    /// <summary>Where the workbench answers, e.g. <c>http://127.0.0.1:5170/</c>.</summary>
    public Uri Address { get; }

    /// <summary>Starts a workbench over <paramref name="engine"/> on <paramref name="address"/> (127.0.0.1 by default) and <paramref name="port"/> (0: any free port).</summary>
    /// <exception cref="Files.WorkspaceException">The workspace folder does not exist.</exception>
    public static async Task<WorkbenchServer> StartAsync(RulesKitEngine engine, WorkbenchOptions options, IPAddress? address = null, int port = 0, CancellationToken cancellationToken = default)
    {
        var listen = address ?? IPAddress.Loopback;
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.Listen(listen, port);
            k.Limits.MaxRequestBodySize = options.MaxFileBytes * 2;
        });
        builder.Services.AddRulesKitWorkbench(engine, options);
        var app = builder.Build();
        app.Use(async (http, next) =>
        {
            // Only this host's name: a page elsewhere that points its own name at 127.0.0.1 is answered with nothing.
            var host = http.Request.Host.Host;
            if (host is not ("127.0.0.1" or "localhost" or "[::1]" or "::1") && !IPAddress.TryParse(host, out _) && !Equals(listen, IPAddress.Any))
            {
                http.Response.StatusCode = StatusCodes.Status421MisdirectedRequest;
                return;
            }
            http.Response.Headers.XContentTypeOptions = "nosniff";
            http.Response.Headers.XFrameOptions = "DENY";
            // The workbench's own pages run only its own script and reach only itself (a workspace file sets its own).
            if (!http.Request.Path.StartsWithSegments("/files"))
                http.Response.Headers.ContentSecurityPolicy = "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'";
            await next(http);
        });
        app.MapRulesKitWorkbench();
        await app.StartAsync(cancellationToken);
        var bound = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new WorkbenchServer(app, new Uri(bound.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/') + "/"));
    }

    /// <summary>Waits until the server is stopped (Ctrl+C in <c>ruleskit serve</c>).</summary>
    public Task WaitForShutdownAsync(CancellationToken cancellationToken = default) => _app.WaitForShutdownAsync(cancellationToken);

    /// <summary>Stops the server.</summary>
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
