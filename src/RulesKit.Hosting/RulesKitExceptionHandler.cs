using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;

namespace RulesKit.Hosting;

/// <summary>
/// An ASP.NET Core exception handler that answers a <see cref="RulesKitInputException"/> with 400 and its
/// problem details; register it with <c>services.AddExceptionHandler&lt;RulesKitExceptionHandler&gt;()</c>
/// and <c>app.UseExceptionHandler()</c>. Other exceptions are left to the next handler.
/// </summary>
public sealed class RulesKitExceptionHandler : IExceptionHandler
{
    /// <inheritdoc/>
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        if (exception is not RulesKitInputException input)
            return false;
        var problem = input.ToProblemDetails();
        httpContext.Response.StatusCode = StatusCodes.Status400BadRequest;
        await httpContext.Response.WriteAsJsonAsync(problem, (System.Text.Json.JsonSerializerOptions?)null, "application/problem+json", cancellationToken).ConfigureAwait(false);
        return true;
    }
}
