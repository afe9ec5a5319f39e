using RulesKit.Input;

namespace RulesKit.Tests.Input;

/// <summary>The one folder walk: links once and never in a loop, nothing outside the folder, bounded, ordered.</summary>
public class FolderFilesTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("ruleskit-walk-").FullName;

    public void Dispose()
    {
        // A recursive delete removes links, never what they point to.
        Directory.Delete(_root, recursive: true);
        GC.SuppressFinalize(this);
    }

    private string Write(string relative)
    {
        var path = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, "x: 1\n");
        return path;
    }

    [Fact]
    public void Enumerate_LinksBackUpAndToThemselves_EachFileOnceAndNoLoop()
    {
        Write("b/two.yaml");
        Write("a/one.yaml");
        Directory.CreateSymbolicLink(Path.Combine(_root, "a", "up"), "..");
        Directory.CreateSymbolicLink(Path.Combine(_root, "b", "self"), Path.Combine(_root, "b"));
        Directory.CreateSymbolicLink(Path.Combine(_root, "loop1"), Path.Combine(_root, "loop2"));
        Directory.CreateSymbolicLink(Path.Combine(_root, "loop2"), Path.Combine(_root, "loop1"));

        var files = FolderFiles.Enumerate(_root, FolderFiles.WithExtension(".yaml"));

        files.Select(f => Path.GetRelativePath(_root, f)).Should().Equal(Path.Combine("a", "one.yaml"), Path.Combine("b", "two.yaml"));
    }

    [Fact]
    public void Enumerate_LinkToAFileOutside_RefusedNamingTheLink()
    {
        Write("in.yaml");
        var outside = Directory.CreateTempSubdirectory("ruleskit-outside-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(outside, "secret.yaml"), "x: 1\n");
            File.CreateSymbolicLink(Path.Combine(_root, "reports.yaml"), Path.Combine(outside, "secret.yaml"));

            var act = () => FolderFiles.Enumerate(_root, FolderFiles.WithExtension(".yaml"));

            var d = act.Should().Throw<RulesKitInputException>().Which.Diagnostics.Should().ContainSingle().Subject;
            (d.Code, d.Source).Should().Be(("RK1118", Path.Combine(_root, "reports.yaml")));
        }
        finally
        {
            Directory.Delete(outside, recursive: true);
        }
    }

    [Fact]
    public void Enumerate_LinkInsideTheFolder_FollowedOnce()
    {
        Write("data/one.yaml");
        Directory.CreateSymbolicLink(Path.Combine(_root, "alias"), Path.Combine(_root, "data"));
        FolderFiles.Enumerate(_root, FolderFiles.WithExtension(".yaml")).Should().ContainSingle();
    }

    [Fact]
    public void Enumerate_TooDeep_LocatedError()
    {
        Write(Path.Combine([.. Enumerable.Range(0, FolderFiles.MaxDepth + 2).Select(i => $"d{i}"), "deep.yaml"]));
        var act = () => FolderFiles.Enumerate(_root, FolderFiles.WithExtension(".yaml"));
        act.Should().Throw<RulesKitInputException>().Which.Diagnostics.Should().ContainSingle(d => d.Code == "RK1117");
    }
}
