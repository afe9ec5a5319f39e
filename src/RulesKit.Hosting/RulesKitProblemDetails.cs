using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace RulesKit.Hosting;

/// <summary>Input errors as RFC 9457 problem details: status 400, and every diagnostic (code, place, message) under <c>errors</c>.</summary>
public static class RulesKitProblemDetails
{
    /// <summary>The problem details of a rejected report or record, messages in <paramref name="language"/>.</summary>
    public static ProblemDetails ToProblemDetails(this RulesKitInputException exception, Language language = Language.English)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var problem = new ProblemDetails
        {
            Status = StatusCodes.Status400BadRequest,
            Type = "https://ruleskit.local/errors#input",
            Title = language == Language.Chinese ? "输入被拒绝" : "The input was rejected",
            Detail = exception.Diagnostics.IsEmpty ? exception.Message : string.Join("\n", exception.Diagnostics.Select(d => d.ToString(language))),
        };
        problem.Extensions["errors"] = exception.Diagnostics.Select(d => new Dictionary<string, object>
        {
            ["code"] = d.Code,
            ["severity"] = d.Severity.ToString().ToLowerInvariant(),
            ["source"] = d.Source,
            ["line"] = d.Line,
            ["column"] = d.Column,
            ["message"] = d.Format(language),
        }).ToList();
        return problem;
    }
}
