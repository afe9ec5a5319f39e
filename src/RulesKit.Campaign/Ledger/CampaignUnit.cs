namespace RulesKit.Campaign.Ledger;

/// <summary>A county's 填报单位 and the county name its reports, records and actions use.</summary>
/// <param name="Unit">The 填报单位 printed on its tables (e.g. 中牟县应急管理局).</param>
/// <param name="County">The county (县、市、区) as reports name it.</param>
/// <param name="FilledBy">填报人, when given.</param>
/// <param name="Telephone">联系电话, when given.</param>
public sealed record CampaignUnit(string Unit, string County, string? FilledBy, string? Telephone);
