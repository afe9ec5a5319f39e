namespace RulesKit.Engine.Conditions;

/// <summary>A condition failed while running (a missing lookup row, a division by zero).</summary>
internal sealed class ConditionRuntimeException(string message) : Exception(message);
