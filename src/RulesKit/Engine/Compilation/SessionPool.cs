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

    // A session is rented and returned by the same decision, so the pool never holds more sessions than were ever in
    // use at once: as many as the threads that evaluate together.
    private readonly ConcurrentBag<PooledSession> _pool = [];

    /// <summary>The factory the sessions come from, compiled on first use.</summary>
    public ISessionFactory Factory => _factory.Value;

    /// <summary>Whether the network has been compiled (for tests).</summary>
    internal bool IsCompiled => _factory.IsValueCreated;

    public PooledSession Rent()
    {
        return _pool.TryTake(out var session) ? session : new PooledSession(Factory, ruleSet);
    }

    /// <summary>
    /// Retracts <paramref name="facts"/> (what the evaluator inserted: no rule inserts anything) and keeps the session
    /// for the next decision. Retracting the known facts in one batch skips querying the session for them.
    /// </summary>
    public void Return(PooledSession session, IReadOnlyList<object> facts)
    {
        session.Session.RetractAll(facts);
        _pool.Add(session);
    }
}
