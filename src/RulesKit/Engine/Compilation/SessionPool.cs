using System.Collections.Concurrent;
using NRules;

namespace RulesKit.Engine.Compilation;

/// <summary>
/// The sessions of one NRules session factory, pooled: creating a session costs about as much as evaluating a
/// clean report, so one is rented per decision (a session is single-threaded) and returned emptied.
/// </summary>
internal sealed class SessionPool(Func<ISessionFactory> factory, CompiledRuleSet ruleSet)
{
    // Compiled once, by the first thread that rents a session (the others wait for it).
    private readonly Lazy<ISessionFactory> _factory = new(factory, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly ConcurrentBag<PooledSession> _pool = [];

    /// <summary>Most sessions a pool keeps: past this, a returned session is dropped.</summary>
    internal static readonly int MaxPooled = Environment.ProcessorCount * 2;

    // How many sessions the pool holds, counted here: ConcurrentBag.Count freezes the whole bag (its global lock and
    // every thread's queue lock) on each call, and Return asked it once per report that reached a session.
    private int _pooled;

    /// <summary>The factory the sessions come from, compiled on first use.</summary>
    public ISessionFactory Factory => _factory.Value;

    /// <summary>Whether the network has been compiled (for tests).</summary>
    internal bool IsCompiled => _factory.IsValueCreated;

    public PooledSession Rent()
    {
        if (!_pool.TryTake(out var session))
            return new PooledSession(Factory, ruleSet);
        Interlocked.Decrement(ref _pooled);
        return session;
    }

    /// <summary>
    /// Retracts <paramref name="facts"/> (what the evaluator inserted: no rule inserts anything) and keeps the session
    /// for the next decision. Retracting the known facts in one batch skips querying the session for them.
    /// </summary>
    public void Return(PooledSession session, IReadOnlyList<object> facts)
    {
        session.Session.RetractAll(facts);
        if (Interlocked.Increment(ref _pooled) <= MaxPooled)
            _pool.Add(session);
        else
            Interlocked.Decrement(ref _pooled);
    }
}
