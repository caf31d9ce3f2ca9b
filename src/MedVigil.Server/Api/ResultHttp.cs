using MedVigil.Domain.Common;

namespace MedVigil.Server.Api;

/// <summary>The one place where expected failures become HTTP: RFC 9457 problem details (ADR 0003).</summary>
public static class ResultHttp
{
    public static IResult ToHttp<T>(this Result<T> result, Func<T, IResult>? onSuccess = null) =>
        result.IsSuccess ? (onSuccess ?? (v => TypedResults.Ok(v)))(result.Value) : result.Error.ToProblem();

    public static IResult ToProblem(this Error error) => error.Kind switch
    {
        ErrorKind.Validation => TypedResults.ValidationProblem(
            error.Fields.GroupBy(f => f.Field).ToDictionary(g => g.Key, g => g.Select(f => f.Message).ToArray()),
            detail: error.Message, title: "The request is not valid.",
            extensions: new Dictionary<string, object?> { ["code"] = error.Code }),
        _ => TypedResults.Problem(
            detail: error.Message,
            statusCode: error.Kind switch
            {
                ErrorKind.NotFound => StatusCodes.Status404NotFound,
                ErrorKind.Forbidden => StatusCodes.Status403Forbidden,
                _ => StatusCodes.Status409Conflict,
            },
            extensions: new Dictionary<string, object?> { ["code"] = error.Code }),
    };
}
