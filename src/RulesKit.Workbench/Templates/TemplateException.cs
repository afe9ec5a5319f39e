namespace RulesKit.Workbench.Templates;

/// <summary>A template that cannot be made as asked (an unknown industry, party or kind).</summary>
public sealed class TemplateException(string chinese, string english) : WorkbenchException(chinese, english);
