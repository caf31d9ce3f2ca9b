namespace MedVigil.Application.Feeds;

/// <summary>
/// A body that must not be retried nor stored: larger than allowed, a gzip bomb, a corrupt gzip encoding. A truncated
/// body is an <see cref="HttpRequestException"/> instead, which the retry handles as transient.
/// </summary>
public sealed class FeedBodyException : Exception
{
    public FeedBodyException()
    {
    }

    public FeedBodyException(string message)
        : base(message)
    {
    }

    public FeedBodyException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
