using System.Text;

namespace MedVigil.Formats.Common;

/// <summary>Thrown by the limited sources below when the input passes its size limit.</summary>
internal sealed class InputTooLargeException(long limit) : IOException(
    string.Create(System.Globalization.CultureInfo.InvariantCulture, $"The input is larger than {limit} bytes."))
{
    public long Limit { get; } = limit;
}

/// <summary>A forward-only view of a stream that throws once more than <c>limit</c> bytes have been read.</summary>
internal sealed class LimitedStream(Stream inner, long limit) : Stream
{
    private long total;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => total;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, count));

    public override int Read(Span<byte> buffer) => Count(inner.Read(buffer));

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        Count(await inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    private int Count(int read)
    {
        total += read;
        return total > limit ? throw new InputTooLargeException(limit) : read;
    }
}

/// <summary>A text reader that throws once the text read so far is more than <c>limit</c> bytes of UTF-8.</summary>
internal sealed class LimitedTextReader(TextReader inner, long limit) : TextReader
{
    private long total;

    public override int Peek() => inner.Peek();

    public override int Read()
    {
        var c = inner.Read();
        if (c >= 0)
        {
            Span<char> one = [(char)c];
            Count(one);
        }

        return c;
    }

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override int Read(Span<char> buffer)
    {
        var read = inner.Read(buffer);
        Count(buffer[..read]);
        return read;
    }

    public override async ValueTask<int> ReadAsync(Memory<char> buffer, CancellationToken cancellationToken = default)
    {
        var read = await inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
        Count(buffer.Span[..read]);
        return read;
    }

    public override Task<int> ReadAsync(char[] buffer, int index, int count) => ReadAsync(buffer.AsMemory(index, count)).AsTask();

    private void Count(ReadOnlySpan<char> text)
    {
        total += Encoding.UTF8.GetByteCount(text);
        if (total > limit)
        {
            throw new InputTooLargeException(limit);
        }
    }
}
