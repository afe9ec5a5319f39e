using RulesKit.Workbench.Files;

namespace RulesKit.Tests.Workbench.Files;

public sealed class WorkspaceFolderTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("ruleskit-workspace-").FullName;
    private readonly string _outside = Directory.CreateTempSubdirectory("ruleskit-outside-").FullName;

    public void Dispose()
    {
        Directory.Delete(_root, recursive: true);
        Directory.Delete(_outside, recursive: true);
    }

    [Theory]
    [InlineData("../secret.yaml")]
    [InlineData("reports/../../secret.yaml")]
    [InlineData("/etc/passwd")]
    [InlineData("reports//a.yaml")]
    [InlineData("./a.yaml")]
    [InlineData("reports\\..\\a.yaml")]
    [InlineData("C:/a.yaml")]
    [InlineData("a\0.yaml")]
    [InlineData("")]
    public void Resolve_PathLeavingOrBendingTheWorkspace_Refused(string path)
    {
        var workspace = new WorkspaceFolder(_root);
        var act = () => workspace.Resolve(path);
        act.Should().Throw<WorkspaceException>().Which.Chinese.Should().NotBeNullOrEmpty();
    }

    [Fact]
    public void Resolve_LinkLeadingOut_RefusedBothForReadingAndWriting()
    {
        File.WriteAllText(Path.Combine(_outside, "secret.yaml"), "secret: 1");
        Directory.CreateSymbolicLink(Path.Combine(_root, "out"), _outside);
        var workspace = new WorkspaceFolder(_root);
        workspace.Invoking(w => w.ReadText("out/secret.yaml")).Should().Throw<WorkspaceException>().WithMessage("*link*");
        workspace.Invoking(w => w.WriteText("out/new.yaml", "a: 1")).Should().Throw<WorkspaceException>();
        File.Exists(Path.Combine(_outside, "new.yaml")).Should().BeFalse();
        workspace.Invoking(w => w.Files()).Should().Throw<WorkspaceException>().Which.Chinese.Should().Contain("RK1118");
    }

    [Fact]
    public void Resolve_LinkInside_Followed()
    {
        Directory.CreateDirectory(Path.Combine(_root, "reports"));
        File.WriteAllText(Path.Combine(_root, "reports", "a.yaml"), "id: A");
        Directory.CreateSymbolicLink(Path.Combine(_root, "same"), Path.Combine(_root, "reports"));
        new WorkspaceFolder(_root).ReadText("same/a.yaml").Should().Be("id: A");
    }

    [Fact]
    public void WriteText_YamlInANewFolder_WrittenWholeAndReadBack()
    {
        var workspace = new WorkspaceFolder(_root);
        workspace.WriteText("reports/新报告.yaml", "id: 新");
        workspace.ReadText("reports/新报告.yaml").Should().Be("id: 新");
        workspace.Files().Should().Equal("reports/新报告.yaml");
        Directory.GetFiles(Path.Combine(_root, "reports")).Should().HaveCount(1, "no temporary file is left behind");
    }

    [Theory]
    [InlineData("tables/a.csv")]
    [InlineData("run.sh")]
    [InlineData("summary.html")]
    public void WriteText_NotYaml_Refused(string path)
    {
        new WorkspaceFolder(_root).Invoking(w => w.WriteText(path, "x")).Should().Throw<WorkspaceException>().WithMessage("*.yaml*");
    }

    [Fact]
    public void WriteAndRead_AboveTheSizeLimit_Refused()
    {
        var workspace = new WorkspaceFolder(_root, maxFileBytes: 100);
        workspace.Invoking(w => w.WriteText("a.yaml", new string('x', 101))).Should().Throw<WorkspaceException>().WithMessage("*101*");
        File.WriteAllText(Path.Combine(_root, "big.yaml"), new string('x', 200));
        workspace.Invoking(w => w.ReadText("big.yaml")).Should().Throw<WorkspaceException>().WithMessage("*200*");
    }

    [Fact]
    public void Existing_TypeNotServedOrMissing_Refused()
    {
        File.WriteAllText(Path.Combine(_root, "key.pem"), "x");
        var workspace = new WorkspaceFolder(_root);
        workspace.Invoking(w => w.Existing("key.pem")).Should().Throw<WorkspaceException>();
        workspace.Invoking(w => w.Existing("none.yaml")).Should().Throw<WorkspaceException>();
    }

    [Fact]
    public void Constructor_MissingFolder_Refused()
    {
        var act = () => new WorkspaceFolder(Path.Combine(_root, "nothing"));
        act.Should().Throw<WorkspaceException>();
    }
}
