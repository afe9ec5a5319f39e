using System.Collections.Immutable;
using System.Linq.Expressions;
using System.Text.RegularExpressions;
using DynamicExpresso;
using DynamicExpresso.Exceptions;
using RulesKit.Catalogs;
using RulesKit.Input;
using RulesKit.Law;

namespace RulesKit.Engine.Conditions;

/// <summary>
/// Compiles a catalog condition (C#-like syntax, parsed by DynamicExpresso) into a LINQ expression over an
/// <see cref="AttributeView"/>, then checks the tree against an allow-list: attributes of the subject's
/// kind, <c>evaluation_date</c>, literals, operators, <c>?:</c>, <see cref="ConditionFunctions"/> and the
/// catalog's lookup tables. Anything else — members, methods, <c>new</c>, assignment, typeof, reflection —
/// is a load error located in the YAML file.
/// </summary>
internal sealed partial class ConditionCompiler
{
    /// <summary>Longer conditions are refused: a catalog condition is a line or two, not a program.</summary>
    public const int MaxLength = 2000;
    public const int MaxDepth = 40;

    private const string EvaluationDate = "evaluation_date";
    private readonly SubjectKind _kind;
    private readonly IReadOnlyDictionary<string, LookupTable> _tables;
    private readonly Func<Expression<Func<AttributeView, bool?>>, Func<AttributeView, bool?>> _compile;
    private readonly Dictionary<Delegate, string> _allowedDelegates = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, Delegate> _tableFunctions = new(StringComparer.Ordinal);

    // Made on the first text parsed: a compiler is made per catalog and kind, and most are never asked to parse.
    private Interpreter? _interpreter;
    private Parameter[]? _parameters;

    /// <param name="kind">The kind whose attributes a condition reads.</param>
    /// <param name="tables">The catalog's lookup tables.</param>
    /// <param name="compile">Compiles a condition to a delegate.</param>
    public ConditionCompiler(SubjectKind kind, ImmutableArray<LookupTable> tables, Func<Expression<Func<AttributeView, bool?>>, Func<AttributeView, bool?>> compile)
    {
        _kind = kind;
        _tables = tables.ToDictionary(t => t.Name, StringComparer.Ordinal);
        _compile = compile;
        foreach (var (name, function) in ConditionFunctions.All)
            _allowedDelegates[function] = name;
        foreach (var table in tables)
        {
            var function = TableFunction(table);
            _tableFunctions[table.Name] = function;
            _allowedDelegates[function] = table.Name;
        }
    }

    private Interpreter Parser()
    {
        if (_interpreter is null)
        {
            var interpreter = new Interpreter(InterpreterOptions.SystemKeywords).SetDefaultNumberType(DefaultNumberType.Decimal);
            foreach (var (function, name) in _allowedDelegates)
                interpreter.SetFunction(name, function);
            _parameters = [.. _kind.Attributes.Select(a => new Parameter(a.Name, ClrType(a))), new Parameter(EvaluationDate, typeof(DateTime))];
            _interpreter = interpreter;
        }
        return _interpreter;
    }

    public static Type ClrType(KindAttribute attribute) => attribute.Type switch
    {
        AttributeType.Number => typeof(decimal),
        AttributeType.Boolean => typeof(bool),
        AttributeType.Date => typeof(DateTime),
        _ => typeof(string),
    };

    public CompiledCondition? CompileCondition(ScalarNode node, NodeBinder binder)
    {
        var parsed = Parse(node, binder, typeof(bool));
        if (parsed is null)
            return null;
        var (body, reads, view) = parsed.Value;
        // A required value reads as recorded only with the standard that sets it: its basis is read too, and named
        // among the facts missing when it is not recorded.
        foreach (var (name, slot) in reads.ToList())
            if (BasisOf(slot) is >= 0 and var basis && !reads.Exists(r => r.Slot == basis))
                reads.Add((_kind.Attributes.First(a => a.Slot == basis).Name, basis));
        return new CompiledCondition(ThreeValued.Condition(body, view, BasisOf), _compile)
        {
            Text = node.Value,
            Reads = reads,
        };
    }

    // The slot of the text attribute that names the basis of the attribute at slot (-1 when none).
    private int BasisOf(int slot) =>
        _kind.Attributes.First(a => a.Slot == slot).Basis is { } basis && _kind.Find(basis) is { } attribute ? attribute.Slot : -1;

    public CompiledValue? CompileValue(ScalarNode node, NodeBinder binder)
    {
        // A threshold is shown only for a nonconformity, where the item's condition (and its guards) held,
        // so lookup completeness is the condition's to check, not the threshold's.
        var parsed = Parse(node, binder, null, checkTables: false);
        if (parsed is null)
            return null;
        var (body, reads, view) = parsed.Value;
        var boxed = Compilation.FastCompiler.Instance.Compile(Expression.Lambda<Func<AttributeView, object>>(Expression.Convert(body, typeof(object)), view));
        return new CompiledValue(node.Value, reads.Select(r => r.Slot).ToList(), boxed);
    }

    /// <summary>The checked tree of a condition (<paramref name="resultType"/> bool) or threshold (null); null after reporting why not.</summary>
    internal (Expression Body, List<(string Name, int Slot)> Reads, ParameterExpression View)? Parse(ScalarNode node, NodeBinder binder, Type? resultType, bool checkTables = true)
    {
        var text = node.Value;
        if (text.Length > MaxLength)
        {
            binder.Report(Messages.ConditionTooLong, node.Location, text.Length, MaxLength);
            return null;
        }

        // Refused before parsing: the parser is recursive, and hostile nesting must not reach it.
        if (NestingTooDeep(text) is { } deepAt)
        {
            binder.Report(Messages.ConditionTooDeep, node.LocationOf(deepAt), MaxDepth);
            return null;
        }

        // C# reads 40m as the decimal 40 and 40d as a double: a unit written after a number would be
        // silently dropped, so any letter suffix is refused.
        if (NumberWithSuffix(text) is { } suffixed)
        {
            binder.Report(Messages.ConditionNumberSuffix, node.LocationOf(suffixed.Index), suffixed.Value, suffixed.Groups["n"].Value);
            return null;
        }

        Lambda lambda;
        try
        {
            var interpreter = Parser();
            lambda = interpreter.Parse(text, _parameters!);
        }
        catch (ParseException e)
        {
            if (NumberThenWord().Match(text) is { Success: true } spaced && !_kind.Attributes.Any(a => a.Name == spaced.Groups["w"].Value))
                binder.Report(Messages.ConditionNumberSuffix, node.LocationOf(spaced.Index), spaced.Value, spaced.Groups["n"].Value);
            else if (FindTypeMismatch(text) is { } mismatch)
                binder.Report(Messages.ConditionTypeMismatch, node.LocationOf(mismatch.Index), mismatch.Operator, mismatch.Left, mismatch.Right);
            else
                binder.Report(Messages.ConditionSyntax, node.LocationOf(e.Position), FirstSentence(e.Message), _kind.Name, _kind.Attributes.Select(a => a.Name));
            return null;
        }
        catch (DynamicExpressoException e)
        {
            binder.Report(Messages.ConditionSyntax, node.LocationOf(0), FirstSentence(e.Message), _kind.Name, _kind.Attributes.Select(a => a.Name));
            return null;
        }

        if (resultType is not null && lambda.Expression.Type != resultType)
        {
            binder.Report(Messages.ConditionNotBoolean, node.LocationOf(0), TypeName(lambda.Expression.Type.Name));
            return null;
        }

        var view = Expression.Parameter(typeof(AttributeView), "v");
        var checker = new AllowListRewriter(this, view, checkTables);
        Expression body;
        try
        {
            body = checker.Visit(lambda.Expression)!;
        }
        catch (ConditionRejectedException e)
        {
            binder.Report(e.Template, node.LocationOf(0), e.Arguments);
            return null;
        }
        return (body, checker.Reads, view);
    }

    private static LocalizedText TypeName(string clrName) => clrName switch
    {
        "String" or "System.String" => new("文本", "a text"),
        "Decimal" or "System.Decimal" or "Double" or "System.Double" or "Int32" or "System.Int32" => new("数字", "a number"),
        "Boolean" or "System.Boolean" => new("true/false", "true/false"),
        "DateTime" or "System.DateTime" => new("日期", "a date"),
        _ => new(clrName, clrName),
    };

    // DynamicExpresso says only "Invalid Operation": find the comparison whose two sides have different types.
    private (int Index, string Operator, LocalizedText Left, LocalizedText Right)? FindTypeMismatch(string text)
    {
        foreach (Match m in Comparison().Matches(text))
        {
            var (left, right) = (OperandType(m.Groups["a"].Value), OperandType(m.Groups["b"].Value));
            if (left is not null && right is not null && left != right)
                return (m.Index, m.Groups["op"].Value, TypeName(left), TypeName(right));
        }
        return null;
    }

    private string? OperandType(string operand) => operand switch
    {
        ['"', ..] => "String",
        "true" or "false" => "Boolean",
        [>= '0' and <= '9', ..] => "Decimal",
        EvaluationDate => "DateTime",
        _ => _kind.Find(operand) is { } a ? ClrType(a).Name : null,
    };

    [GeneratedRegex(@"(?<a>""[^""]*""|[\w.]+)\s*(?<op>==|!=|<=|>=|<|>)\s*(?<b>""[^""]*""|[\w.]+)")]
    private static partial Regex Comparison();

    [GeneratedRegex(@"(?<![\w.""])(?<n>\d+(\.\d+)?)(?<s>[A-Za-z_\p{IsCJKUnifiedIdeographs}]+)")]
    private static partial Regex SuffixedNumber();

    [GeneratedRegex(@"(?<![\w.""])(?<n>\d+(\.\d+)?)\s+(?<w>[A-Za-z_\p{IsCJKUnifiedIdeographs}]+)")]
    private static partial Regex NumberThenWord();

    private static Match? NumberWithSuffix(string text)
    {
        foreach (Match m in SuffixedNumber().Matches(text))
        {
            if (InString(text, m.Index))
                continue;
            var suffix = m.Groups["s"].Value;
            // 1e5 is an exponent, not a unit.
            if ((suffix[0] is 'e' or 'E') && m.Index + m.Length < text.Length && (char.IsDigit(text[m.Index + m.Length]) || text[m.Index + m.Length] is '+' or '-') && suffix.Length == 1)
                continue;
            return m;
        }
        return null;
    }

    private static bool InString(string text, int index)
    {
        var inString = false;
        for (var i = 0; i < index; i++)
            if (text[i] == '"' && (i == 0 || text[i - 1] != '\\'))
                inString = !inString;
        return inString;
    }

    private static int? NestingTooDeep(string text)
    {
        var depth = 0;
        var unaryRun = 0;
        var inString = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '"' && (i == 0 || text[i - 1] != '\\'))
                inString = !inString;
            if (inString)
                continue;
            unaryRun = c is '!' or '-' or '+' ? unaryRun + 1 : c == ' ' ? unaryRun : 0;
            if (c == '(' && ++depth > MaxDepth || unaryRun > MaxDepth)
                return i;
            if (c == ')')
                depth--;
        }
        return null;
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" (at index", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }

    private static Delegate TableFunction(LookupTable table) => table.Keys.Length switch
    {
        1 => new Func<string, decimal>(a => Lookup(table, a)),
        2 => new Func<string, string, decimal>((a, b) => Lookup(table, a, b)),
        _ => new Func<string, string, string, decimal>((a, b, c) => Lookup(table, a, b, c)),
    };

    private static decimal Lookup(LookupTable table, params string[] keys) =>
        table.TryGet(keys, out var value)
            ? value
            : throw new ConditionRuntimeException($"lookup table '{table.Name}' has no row for ({string.Join(", ", keys)})");

    private sealed class ConditionRejectedException(DiagnosticTemplate template, params object?[] arguments) : Exception(template.English)
    {
        public DiagnosticTemplate Template { get; } = template;

        public object?[] Arguments { get; } = arguments;
    }

    /// <summary>Checks every node against the allow-list and maps attribute parameters to view slots.</summary>
    private sealed class AllowListRewriter(ConditionCompiler owner, ParameterExpression view, bool checkTables) : ExpressionVisitor
    {
        private int _depth;

        // Values an enum attribute is known to hold where the node being visited is evaluated: the right
        // side of `kind == "a" && lookup(kind)` only ever sees "a", so only that row must exist.
        private readonly Stack<Dictionary<string, HashSet<string>>> _known = new();

        public List<(string Name, int Slot)> Reads { get; } = [];

        public override Expression? Visit(Expression? expression)
        {
            if (expression is null)
                return null;
            if (++_depth > MaxDepth)
                throw new ConditionRejectedException(Messages.ConditionTooDeep, MaxDepth);
            try
            {
                return expression.NodeType switch
                {
                    ExpressionType.Constant or ExpressionType.Parameter or ExpressionType.Conditional or ExpressionType.Invoke
                        or ExpressionType.Not or ExpressionType.Negate or ExpressionType.UnaryPlus
                        or ExpressionType.Add or ExpressionType.Subtract or ExpressionType.Multiply or ExpressionType.Divide or ExpressionType.Modulo
                        or ExpressionType.Equal or ExpressionType.NotEqual or ExpressionType.LessThan or ExpressionType.LessThanOrEqual
                        or ExpressionType.GreaterThan or ExpressionType.GreaterThanOrEqual or ExpressionType.AndAlso or ExpressionType.OrElse
                        or ExpressionType.Convert => base.Visit(expression),
                    _ => throw new ConditionRejectedException(Messages.ConditionNodeNotAllowed, expression.NodeType.ToString(), owner._allowedDelegates.Values.Order(StringComparer.Ordinal)),
                };
            }
            finally
            {
                _depth--;
            }
        }

        protected override Expression VisitParameter(ParameterExpression node)
        {
            if (node.Name == EvaluationDate)
                return Expression.Field(view, nameof(AttributeView.EvaluationDate));
            var attribute = owner._kind.Find(node.Name!) ?? throw new ConditionRejectedException(Messages.ConditionUnknownAttribute, node.Name);
            if (!Reads.Exists(r => r.Name == attribute.Name))
                Reads.Add((attribute.Name, attribute.Slot));
            return Expression.Convert(
                Expression.ArrayIndex(Expression.Field(view, nameof(AttributeView.Values)), Expression.Constant(attribute.Slot)),
                ClrType(attribute));
        }

        protected override Expression VisitConstant(ConstantExpression node)
        {
            if (node.Value is null || node.Type.IsPrimitive || node.Value is decimal or string or DateTime)
                return node;
            throw new ConditionRejectedException(Messages.ConditionConstantType, node.Type.Name);
        }

        protected override Expression VisitUnary(UnaryExpression node)
        {
            if (node.NodeType == ExpressionType.Convert && !IsValueType(node.Type))
                throw new ConditionRejectedException(Messages.ConditionConversion, node.Type.Name);
            return base.VisitUnary(node);
        }

        protected override Expression VisitBinary(BinaryExpression node)
        {
            // A comparison of an enumerated attribute with a text that is not among its values is a typo.
            if (node.NodeType is ExpressionType.Equal or ExpressionType.NotEqual)
            {
                CheckEnumLiteral(node.Left, node.Right);
                CheckEnumLiteral(node.Right, node.Left);
            }
            if (node.NodeType != ExpressionType.AndAlso)
                return base.VisitBinary(node);
            var left = Visit(node.Left)!;
            var known = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
            CollectKnown(node.Left, known);
            _known.Push(known);
            try
            {
                return node.Update(left, node.Conversion, Visit(node.Right)!);
            }
            finally
            {
                _known.Pop();
            }
        }

        private static void CollectKnown(Expression condition, Dictionary<string, HashSet<string>> known)
        {
            if (condition is BinaryExpression { NodeType: ExpressionType.AndAlso } and)
            {
                CollectKnown(and.Left, known);
                CollectKnown(and.Right, known);
                return;
            }
            if (Pins(condition) is not { } pin)
                return;
            if (known.TryGetValue(pin.Attribute, out var values))
                values.IntersectWith(pin.Values);
            else
                known[pin.Attribute] = pin.Values;
        }

        // `attr == "a"` or `attr == "a" || attr == "b"`: the attribute and the values it is pinned to.
        private static (string Attribute, HashSet<string> Values)? Pins(Expression condition)
        {
            if (condition is BinaryExpression { NodeType: ExpressionType.Equal } eq
                && eq.Left is ParameterExpression p && eq.Right is ConstantExpression { Value: string literal })
                return (p.Name!, new HashSet<string>(StringComparer.Ordinal) { literal });
            if (condition is BinaryExpression { NodeType: ExpressionType.OrElse } or
                && Pins(or.Left) is { } a && Pins(or.Right) is { } b && a.Attribute == b.Attribute)
            {
                a.Values.UnionWith(b.Values);
                return a;
            }
            return null;
        }

        private List<string> KnownValues(KindAttribute attribute)
        {
            IEnumerable<string> values = attribute.Values;
            foreach (var frame in _known)
                if (frame.TryGetValue(attribute.Name, out var pinned))
                    values = values.Where(pinned.Contains);
            return values.ToList();
        }

        private void CheckEnumLiteral(Expression side, Expression other)
        {
            if (side is ParameterExpression p && owner._kind.Find(p.Name!) is { Type: AttributeType.Enum } attribute
                && other is ConstantExpression { Value: string literal } && !attribute.Values.Contains(literal))
                throw new ConditionRejectedException(Messages.ConditionEnumLiteral, literal, attribute.Name, attribute.Values);
        }

        protected override Expression VisitInvocation(InvocationExpression node)
        {
            if (node.Expression is not ConstantExpression { Value: Delegate function } || !owner._allowedDelegates.ContainsKey(function))
                throw new ConditionRejectedException(Messages.ConditionCallNotAllowed);
            var arguments = node.Arguments.Select(a => Visit(a)!).ToArray();
            if (function.Target is null)
                return Expression.Call(function.Method, arguments);
            if (checkTables)
                CheckTableKeys(owner._allowedDelegates[function], node.Arguments);
            return Expression.Invoke(node.Expression, arguments);
        }

        // A lookup keyed only by enumerated attributes and literals can be checked now: every key
        // combination the condition can ask for must have a row.
        private void CheckTableKeys(string tableName, IReadOnlyList<Expression> arguments)
        {
            var table = owner._tables[tableName];
            var choices = new List<IReadOnlyList<string>>();
            foreach (var argument in arguments)
            {
                if (argument is ConstantExpression { Value: string literal })
                    choices.Add([literal]);
                else if (argument is ParameterExpression p && owner._kind.Find(p.Name!) is { Type: AttributeType.Enum } attribute)
                    choices.Add(KnownValues(attribute));
                else
                    return;
            }
            IEnumerable<IReadOnlyList<string>> combinations = [[]];
            foreach (var values in choices)
                combinations = combinations.SelectMany(c => values.Select(v => (IReadOnlyList<string>)[.. c, v]));
            foreach (var combination in combinations)
                if (!table.Contains(combination))
                    throw new ConditionRejectedException(Messages.ConditionLookupRowMissing, table.Name, string.Join(", ", combination));
        }

        private static bool IsValueType(Type type) =>
            type.IsPrimitive || type == typeof(decimal) || type == typeof(DateTime) ||
            (Nullable.GetUnderlyingType(type) is { } inner && IsValueType(inner));
    }
}
