namespace RulesKit.Workbench.Files;

/// <summary>A path the workspace refuses (outside it, through a link leading out, too large, of a type it does not serve).</summary>
public sealed class WorkspaceException(string chinese, string english) : WorkbenchException(chinese, english);
