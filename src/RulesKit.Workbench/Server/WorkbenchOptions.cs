namespace RulesKit.Workbench.Server;

/// <summary>What a workbench serves: one workspace folder, in a language by default.</summary>
public sealed class WorkbenchOptions
{
    /// <summary>The folder the workbench reads and writes; nothing outside it is served or written.</summary>
    public required string Workspace { get; init; }

    /// <summary>The language of the pages and explanations when the browser does not ask for another (<c>?lang=en</c>).</summary>
    public Language Language { get; init; } = Language.Chinese;

    /// <summary>The largest file read, written or sent, in bytes.</summary>
    public long MaxFileBytes { get; init; } = 8 << 20;
}
