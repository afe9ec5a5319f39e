using System.Runtime.CompilerServices;

namespace RulesKit.Tests;

internal static class TestCache
{
    /// <summary>
    /// The tool keeps the catalogs' parsed form in the user's cache folder; the tests run it in-process on many
    /// temporary folders, so they keep theirs in a folder of their own (the cache prunes it).
    /// </summary>
    [ModuleInitializer]
    internal static void UseTheTestsOwnCacheFolder() =>
        Environment.SetEnvironmentVariable("RULESKIT_CACHE", Path.Combine(Path.GetTempPath(), "ruleskit-tests-cache"));
}
