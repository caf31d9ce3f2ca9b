using Microsoft.AspNetCore.Diagnostics;

namespace MedVigil.Server.Api;

/// <summary>
/// Turns Kestrel's and the binder's own rejections (body too large, malformed JSON, bad form) into problem
/// details with their real status instead of a 500.
/// </summary>
public sealed class BadRequestHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad)
        {
            return false;
        }

        context.Response.StatusCode = bad.StatusCode;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = { Status = bad.StatusCode, Title = "The request was refused.", Detail = bad.Message },
        });
    }
}
