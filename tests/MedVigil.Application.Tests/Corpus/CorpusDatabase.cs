using MedVigil.Testing;

namespace MedVigil.Application.Tests.Corpus;

/// <summary>
/// A class fixture: one brand-new database per provider for a whole corpus test class, made on first use and
/// dropped at the end, so that each test imports into it instead of migrating a database of its own.
/// </summary>
public sealed class CorpusDatabase : IAsyncDisposable
{
    private readonly Dictionary<DatabaseKind, Task<TestHost>> _hosts = [];

    private readonly Lock _gate = new();

    /// <summary>The host on this class's database of <paramref name="kind"/> (skips as <see cref="TestHost"/> does when absent).</summary>
    public Task<TestHost> HostAsync(DatabaseKind kind)
    {
        lock (_gate)
        {
            if (!_hosts.TryGetValue(kind, out var host))
            {
                host = TestHost.StartIsolatedAsync(kind);
                _hosts[kind] = host;
            }

            return host;
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var host in _hosts.Values.Where(h => h.IsCompletedSuccessfully))
        {
            await (await host).DisposeAsync();
        }
    }
}
