using System.Buffers.Binary;
using System.IO.Compression;
using MedVigil.Formats.Common;

namespace MedVigil.Formats.Epss;

/// <summary>
/// An EPSS file opened as text, plain or gzip (told apart by the gzip magic bytes 1F 8B). The size limit counts the
/// decompressed bytes, so a small gzip that expands without bound (a gzip bomb) stops at the limit.
/// </summary>
/// <remarks>
/// <see cref="GZipStream"/> ends quietly when its input is cut short, so <see cref="IsComplete"/> compares the gzip
/// trailer's ISIZE (the decompressed length modulo 2^32, in the last 4 bytes) with the bytes actually decompressed.
/// </remarks>
internal sealed class EpssInput : IDisposable
{
    private readonly TailStream raw;
    private readonly LimitedStream limited;
    private readonly bool gzip;

    public EpssInput(Stream content, ReaderLimits limits)
    {
        var prefix = new byte[2];
        var read = content.ReadAtLeast(prefix, prefix.Length, throwOnEndOfStream: false);
        raw = new TailStream(prefix.AsMemory(0, read), content);
        gzip = read == 2 && prefix[0] == 0x1F && prefix[1] == 0x8B;
        limited = new LimitedStream(gzip ? new GZipStream(raw, CompressionMode.Decompress) : raw, limits.MaxBytes);
        Text = new StreamReader(limited, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
    }

    public StreamReader Text { get; }

    /// <summary>After the text has been read to its end: false when a gzip input was cut short.</summary>
    public bool IsComplete => !gzip || (raw.Tail.Length == 8 && BinaryPrimitives.ReadUInt32LittleEndian(raw.Tail[4..]) == (uint)limited.Position);

    public void Dispose() => Text.Dispose();

    /// <summary>The bytes already read to look for the magic, then the rest of the stream; remembers the last 8 bytes.</summary>
    private sealed class TailStream(ReadOnlyMemory<byte> prefix, Stream rest) : Stream
    {
        private readonly byte[] tail = new byte[8];
        private ReadOnlyMemory<byte> pending = prefix;
        private long total;

        public ReadOnlySpan<byte> Tail => tail.AsSpan(0, (int)Math.Min(total, tail.Length));

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            int n;
            if (pending.IsEmpty)
            {
                n = rest.Read(buffer);
            }
            else
            {
                n = Math.Min(buffer.Length, pending.Length);
                pending.Span[..n].CopyTo(buffer);
                pending = pending[n..];
            }

            Remember(buffer[..n]);
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        private void Remember(ReadOnlySpan<byte> read)
        {
            if (read.Length >= tail.Length)
            {
                read[^tail.Length..].CopyTo(tail);
            }
            else
            {
                var keep = tail.Length - read.Length;
                tail.AsSpan(tail.Length - keep).CopyTo(tail);
                read.CopyTo(tail.AsSpan(keep));
            }

            total += read.Length;
        }
    }
}
