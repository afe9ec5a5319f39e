using RulesKit.Campaign.Ledger;
using RulesKit.Tests.Cli;
using RulesKit.Workbench.Templates;

namespace RulesKit.Tests.Workbench.Templates;

public class FileTemplatesTests
{
    [Theory]
    [InlineData("agency", "agency_qualification")]
    [InlineData("enterprise", "assessment_commission")]
    [InlineData("county_bureau", "bureau_practice")]
    [InlineData("city_bureau", "bureau_practice")]
    public void Inspection_EachParty_ReadsAsARecordWithItsChecklistsKinds(string party, string kind)
    {
        var text = FileTemplates.Inspection(TestData.Engine.Catalogs, party, "inspection.schema.json");
        var record = TestData.Engine.ParseInspection(text, "template.yaml");
        record.Party.Should().Be(party);
        record.Subjects.Select(s => s.Kind).Should().Contain(kind).And.NotContain("checked_report", "the engine makes report subjects from the reports named");
    }

    [Fact]
    public void Inspection_UnknownParty_NamesThePartiesThereAre()
    {
        var act = () => FileTemplates.Inspection(TestData.Engine.Catalogs, "agncy", "s.json");
        act.Should().Throw<TemplateException>().Which.Chinese.Should().Contain("agency（安全评价机构）");
    }

    [Fact]
    public void Report_KindsPicked_OnlyThoseKinds()
    {
        var text = FileTemplates.Report(TestData.Engine.Catalogs, "hazchem", "report.schema.json", ["storage_tank_area"]);
        text.Should().Contain("kind: storage_tank_area").And.NotContain("kind: petrochemical_external_distance");
    }

    [Fact]
    public void Report_KindMisspelt_DidYouMeanAmongTheIndustrysKinds()
    {
        var act = () => FileTemplates.Report(TestData.Engine.Catalogs, "hazchem", "report.schema.json", ["storage_tank_aera"]);
        act.Should().Throw<TemplateException>().Which.Chinese.Should().Contain("是否指：storage_tank_area");
    }

    [Fact]
    public async Task CampaignActionsAndLedger_AFolderMadeOfThem_ReadWithoutErrors()
    {
        var folder = Directory.CreateTempSubdirectory("ruleskit-campaign-template-").FullName;
        try
        {
            await File.WriteAllTextAsync(Path.Combine(folder, "campaign.yaml"), FileTemplates.Campaign("campaign.schema.json"));
            Directory.CreateDirectory(Path.Combine(folder, "enforcement"));
            await File.WriteAllTextAsync(Path.Combine(folder, "enforcement", "actions.yaml"), FileTemplates.Actions("enforcement.schema.json"));
            Directory.CreateDirectory(Path.Combine(folder, "ledger"));
            await File.WriteAllTextAsync(Path.Combine(folder, "ledger", "rectifications.yaml"), FileTemplates.Ledger("rectifications.schema.json"));
            var ledger = await CampaignLedger.BuildAsync(TestData.Engine, folder);
            ledger.Errors.Should().BeEmpty();
            ledger.Actions.Should().HaveCount(2);
            ledger.Rectifications.Should().ContainSingle();
            ledger.Settings.Counties.Should().ContainSingle().Which.Unit.Should().Be("某县应急管理局");
            ledger.Warnings.Should().Contain(w => w.Code == "RK8011", "the placeholder REPORT-ID names a report the folder does not hold");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void New_InspectionCampaignActionsLedgerFromTheTool_SameTextsAsTheLibrary()
    {
        var (code, output, error) = Tool.Run("new", "inspection", "--party", "enterprise");
        code.Should().Be(0, error);
        output.Should().Contain("party: enterprise").And.Contain("knewFalse");
        foreach (var (name, marker) in new[] { ("campaign", "reportingDays:"), ("actions", "actions:"), ("ledger", "rectifications:") })
        {
            var (c, o, e) = Tool.Run("new", name);
            c.Should().Be(0, e);
            o.Should().Contain(marker);
        }
        var (bad, _, message) = Tool.Run("new", "report", "--industry", "hazchem", "--kinds", "storage_tank_aera");
        bad.Should().Be(2);
        message.Should().Contain("storage_tank_area");
    }
}
