using RulesKit.Explanation;

namespace RulesKit.Tests.Explanation;

public class MarkdownHtmlTests
{
    [Fact]
    public void Render_TextFromAReport_EscapedNeverMarkup()
    {
        var html = MarkdownHtml.Render("# 报告 <script>alert(1)</script>\n\n- 名称： a & b <img src=x>", "t<", Language.Chinese);
        html.Should().NotContain("<script>alert").And.NotContain("<img").And.Contain("&lt;script&gt;").And.Contain("a &amp; b");
        html.Should().Contain("<title>t&lt;</title>");
    }

    [Fact]
    public void Render_NestedListsQuotesTablesBoldAndCode_TheirElements()
    {
        var html = MarkdownHtml.Render("## 情形 4\n\n> 原文\n\n- 条款 (`a/b`)\n  - 客观要件: **成立**\n- 第二项\n\n| q | Q |\n| ---: | ---: |\n| 1 | 10 |\n", "t", Language.Chinese);
        html.Should().Contain("<h2>情形 4</h2>").And.Contain("<blockquote>原文</blockquote>");
        html.Should().Contain("<ul>\n<li>条款 (<code>a/b</code>)</li>\n<ul>\n<li>客观要件: <strong>成立</strong></li>\n</ul>\n<li>第二项</li>\n</ul>");
        html.Should().Contain("<table>\n<tr><th>q</th><th>Q</th></tr>\n<tr><td>1</td><td>10</td></tr>\n</table>");
        html.Should().NotContain("<script");
    }

    [Fact]
    public void ToHtml_Example_VerdictFirstCatalogsLastSameTextAsTheMarkdown()
    {
        var engine = TestData.Engine;
        var evaluation = engine.Evaluate(engine.ReadReport(Path.Combine(TestData.ExamplesDirectory, "hazchem-c07-unresolved-hazard.false.yaml")));
        var html = ExplanationWriter.ToHtml(evaluation);
        html.IndexOf("认定结论", StringComparison.Ordinal).Should().BeLessThan(html.IndexOf("参与判定的目录", StringComparison.Ordinal));
        html.Should().Contain("评价机构 甲安全评价有限公司").And.Contain("@page");
        ExplanationWriter.ToHtml(evaluation).Should().Be(html, "the same evaluation gives the same page");
    }
}
