namespace RulesKit.Campaign.Tables;

/// <summary>An input that could not be read or judged, and so is counted in no table: where it is, and its error codes.</summary>
/// <param name="Source">The file (and line, for JSON Lines) the input came from.</param>
/// <param name="Codes">Its errors' codes (RK…), comma-separated, each once.</param>
public sealed record FailedInput(string Source, string Codes);
