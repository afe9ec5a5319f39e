using System.Linq.Expressions;
using FastExpressionCompiler;
using NRules.Extensibility;

namespace RulesKit.Engine.Compilation;

/// <summary>
/// Compiles the rules' and conditions' expression trees with FastExpressionCompiler, which builds the same
/// delegates many times faster than <see cref="LambdaExpression.Compile()"/> (start-up and rule-set compilation
/// are mostly compiling). A tree it cannot compile falls back to the framework's compiler.
/// </summary>
internal sealed class FastCompiler : IExpressionCompiler
{
    public static readonly FastCompiler Instance = new();

    public TDelegate Compile<TDelegate>(Expression<TDelegate> expression) where TDelegate : Delegate =>
        expression.CompileFast(ifFastFailedReturnNull: true) ?? expression.Compile();
}
