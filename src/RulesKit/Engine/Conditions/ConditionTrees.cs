using System.Linq.Expressions;
using System.Reflection;

namespace RulesKit.Engine.Conditions;

/// <summary>
/// A checked condition or threshold (the tree <see cref="ConditionCompiler"/>'s allow-list leaves) written as bytes and
/// read back, so that a fresh process with a <see cref="ConditionTreeStore"/> needs no DynamicExpresso (see decisions.md,
/// "Start-up, fifth round"). Only the allow-list's grammar is written: literals, an attribute's slot, the evaluation
/// date, unary and binary operators with their operator method, <c>?:</c>, the <see cref="ConditionFunctions"/> and
/// the catalog's lookup tables by name. Reading builds nothing else: a type or method outside the short lists below,
/// or a table the catalog lacks, makes the bytes unreadable and the text is parsed again.
/// </summary>
internal static class ConditionTrees
{
    private const byte Constant = 0, Slot = 1, Date = 2, Unary = 3, Binary = 4, Conditional = 5, Call = 6, Table = 7;

    // The types a checked tree holds (attributes are decimal, bool, DateTime or text; DynamicExpresso adds int and
    // double literals, lifted comparisons and object for a threshold).
    private static readonly Type[] Types =
    [
        typeof(bool), typeof(decimal), typeof(string), typeof(DateTime), typeof(int), typeof(double), typeof(long), typeof(object),
        typeof(bool?), typeof(decimal?), typeof(DateTime?), typeof(int?), typeof(double?), typeof(long?),
    ];

    // Operator methods are looked up only on these, and only by operator names (op_…) or Concat.
    private static readonly Type[] MethodOwners = [typeof(decimal), typeof(DateTime), typeof(string), typeof(Math)];

    private static readonly Dictionary<MethodInfo, string> FunctionNames = ConditionFunctions.All.ToDictionary(f => f.Value.Method, f => f.Key);

    /// <summary>The tree as bytes, or null when it holds a node this format does not write (the text is then always parsed).</summary>
    /// <param name="body">The checked body over <paramref name="view"/>.</param>
    /// <param name="reads">The attributes it reads, as the allow-list found them.</param>
    /// <param name="view">The view parameter.</param>
    /// <param name="tableName">The table name of a lookup delegate.</param>
    public static byte[]? Write(Expression body, IReadOnlyList<(string Name, int Slot)> reads, ParameterExpression view, Func<Delegate, string?> tableName)
    {
        var stream = new MemoryStream();
        using var writer = new BinaryWriter(stream);
        writer.Write7BitEncodedInt(reads.Count);
        foreach (var (name, slot) in reads)
        {
            writer.Write(name);
            writer.Write7BitEncodedInt(slot);
        }
        return WriteNode(writer, body, view, tableName) ? stream.ToArray() : null;
    }

    private static bool WriteNode(BinaryWriter w, Expression node, ParameterExpression view, Func<Delegate, string?> tableName)
    {
        switch (node)
        {
            case ConstantExpression constant when TypeCode(constant.Type) is { } code:
                w.Write(Constant);
                w.Write(code);
                return WriteValue(w, constant.Value);
            case UnaryExpression { NodeType: ExpressionType.Convert, Operand: BinaryExpression { NodeType: ExpressionType.ArrayIndex, Left: MemberExpression { Member.Name: nameof(AttributeView.Values) } values, Right: ConstantExpression { Value: int slot } } } read
                when values.Expression == view && TypeCode(read.Type) is { } readType:
                w.Write(Slot);
                w.Write7BitEncodedInt(slot);
                w.Write(readType);
                return true;
            case MemberExpression { Member.Name: nameof(AttributeView.EvaluationDate) } member when member.Expression == view:
                w.Write(Date);
                return true;
            case UnaryExpression unary when unary.NodeType is ExpressionType.Not or ExpressionType.Negate or ExpressionType.UnaryPlus or ExpressionType.Convert
                && TypeCode(unary.Type) is { } unaryType:
                w.Write(Unary);
                w.Write((byte)unary.NodeType);
                w.Write(unaryType);
                return WriteMethod(w, unary.Method) && WriteNode(w, unary.Operand, view, tableName);
            case BinaryExpression binary when binary.Conversion is null && binary.NodeType is not ExpressionType.ArrayIndex:
                w.Write(Binary);
                w.Write((byte)binary.NodeType);
                w.Write(binary.IsLiftedToNull);
                return WriteMethod(w, binary.Method) && WriteNode(w, binary.Left, view, tableName) && WriteNode(w, binary.Right, view, tableName);
            case ConditionalExpression conditional when TypeCode(conditional.Type) is { } conditionalType:
                w.Write(Conditional);
                w.Write(conditionalType);
                return WriteNode(w, conditional.Test, view, tableName) && WriteNode(w, conditional.IfTrue, view, tableName) && WriteNode(w, conditional.IfFalse, view, tableName);
            case MethodCallExpression { Object: null } call when FunctionNames.TryGetValue(call.Method, out var function):
                w.Write(Call);
                w.Write(function);
                return WriteArguments(w, call.Arguments, view, tableName);
            case InvocationExpression { Expression: ConstantExpression { Value: Delegate lookup } } invoke when tableName(lookup) is { } table:
                w.Write(Table);
                w.Write(table);
                return WriteArguments(w, invoke.Arguments, view, tableName);
            default:
                return false;
        }
    }

    private static bool WriteArguments(BinaryWriter w, IReadOnlyList<Expression> arguments, ParameterExpression view, Func<Delegate, string?> tableName)
    {
        w.Write7BitEncodedInt(arguments.Count);
        foreach (var argument in arguments)
            if (!WriteNode(w, argument, view, tableName))
                return false;
        return true;
    }

    private static bool WriteValue(BinaryWriter w, object? value)
    {
        switch (value)
        {
            case null: w.Write((byte)0); return true;
            case bool b: w.Write((byte)1); w.Write(b); return true;
            case decimal d: w.Write((byte)2); w.Write(d); return true;
            case string s: w.Write((byte)3); w.Write(s); return true;
            case DateTime t: w.Write((byte)4); w.Write(t.ToBinary()); return true;
            case int i: w.Write((byte)5); w.Write(i); return true;
            case double x: w.Write((byte)6); w.Write(x); return true;
            case long l: w.Write((byte)7); w.Write(l); return true;
            default: return false;
        }
    }

    private static bool WriteMethod(BinaryWriter w, MethodInfo? method)
    {
        if (method is null)
        {
            w.Write((byte)0xFF);
            return true;
        }
        var owner = Array.IndexOf(MethodOwners, method.DeclaringType);
        var parameters = method.GetParameters();
        if (owner < 0 || !Allowed(method.Name) || parameters.Any(p => TypeCode(p.ParameterType) is null))
            return false;
        w.Write((byte)owner);
        w.Write(method.Name);
        w.Write7BitEncodedInt(parameters.Length);
        foreach (var parameter in parameters)
            w.Write(TypeCode(parameter.ParameterType)!.Value);
        return true;
    }

    private static bool Allowed(string methodName) => methodName.StartsWith("op_", StringComparison.Ordinal) || methodName == nameof(string.Concat);

    private static byte? TypeCode(Type type) => Array.IndexOf(Types, type) is var i and >= 0 ? (byte)i : null;

    /// <summary>Reads what <see cref="Write"/> wrote; null when the bytes do not make a tree of the allowed grammar.</summary>
    /// <param name="bytes">The bytes.</param>
    /// <param name="view">The view parameter the tree reads.</param>
    /// <param name="slotOf">The slot of a named attribute of the kind, or -1.</param>
    /// <param name="table">The delegate of a named lookup table of the catalog, or null.</param>
    public static (Expression Body, List<(string Name, int Slot)> Reads)? Read(ReadOnlyMemory<byte> bytes, ParameterExpression view, Func<string, int> slotOf, Func<string, Delegate?> table)
    {
        try
        {
            // The store's trees are slices of the one array its file was read into: read in place.
            var slice = System.Runtime.InteropServices.MemoryMarshal.TryGetArray(bytes, out var segment) ? segment : new ArraySegment<byte>(bytes.ToArray());
            using var reader = new BinaryReader(new MemoryStream(slice.Array!, slice.Offset, slice.Count, writable: false));
            var reads = new List<(string Name, int Slot)>();
            for (var count = reader.Read7BitEncodedInt(); reads.Count < count;)
            {
                var name = reader.ReadString();
                var slot = reader.Read7BitEncodedInt();
                if (slotOf(name) != slot)
                    return null; // the kind changed: parse again
                reads.Add((name, slot));
            }
            var body = ReadNode(reader, view, table, reads, 0);
            return reader.BaseStream.Position == reader.BaseStream.Length ? (body, reads) : null;
        }
        catch (Exception e) when (e is IOException or InvalidDataException or FormatException or ArgumentException or InvalidOperationException or IndexOutOfRangeException or AmbiguousMatchException)
        {
            return null; // damaged or not a tree of this grammar: parse the text
        }
    }

    private static Expression ReadNode(BinaryReader r, ParameterExpression view, Func<string, Delegate?> table, List<(string Name, int Slot)> reads, int depth)
    {
        if (depth > ConditionCompiler.MaxDepth * 2)
            throw new InvalidDataException("depth");
        var tag = r.ReadByte();
        switch (tag)
        {
            case Constant:
            {
                var type = ReadType(r);
                return Expression.Constant(ReadValue(r), type);
            }
            case Slot:
            {
                var slot = r.Read7BitEncodedInt();
                if (!reads.Exists(read => read.Slot == slot))
                    throw new InvalidDataException("slot");
                return Expression.Convert(Expression.ArrayIndex(Expression.Field(view, nameof(AttributeView.Values)), Expression.Constant(slot)), ReadType(r));
            }
            case Date:
                return Expression.Field(view, nameof(AttributeView.EvaluationDate));
            case Unary:
            {
                var nodeType = (ExpressionType)r.ReadByte();
                if (nodeType is not (ExpressionType.Not or ExpressionType.Negate or ExpressionType.UnaryPlus or ExpressionType.Convert))
                    throw new InvalidDataException("unary");
                var type = ReadType(r);
                var method = ReadMethod(r);
                return Expression.MakeUnary(nodeType, ReadNode(r, view, table, reads, depth + 1), type, method);
            }
            case Binary:
            {
                var nodeType = (ExpressionType)r.ReadByte();
                if (nodeType is not (ExpressionType.Add or ExpressionType.Subtract or ExpressionType.Multiply or ExpressionType.Divide or ExpressionType.Modulo
                    or ExpressionType.Equal or ExpressionType.NotEqual or ExpressionType.LessThan or ExpressionType.LessThanOrEqual
                    or ExpressionType.GreaterThan or ExpressionType.GreaterThanOrEqual or ExpressionType.AndAlso or ExpressionType.OrElse))
                    throw new InvalidDataException("binary");
                var liftToNull = r.ReadBoolean();
                var method = ReadMethod(r);
                var left = ReadNode(r, view, table, reads, depth + 1);
                return Expression.MakeBinary(nodeType, left, ReadNode(r, view, table, reads, depth + 1), liftToNull, method);
            }
            case Conditional:
            {
                var type = ReadType(r);
                var test = ReadNode(r, view, table, reads, depth + 1);
                var ifTrue = ReadNode(r, view, table, reads, depth + 1);
                return Expression.Condition(test, ifTrue, ReadNode(r, view, table, reads, depth + 1), type);
            }
            case Call:
            {
                var function = ConditionFunctions.All.GetValueOrDefault(r.ReadString()) ?? throw new InvalidDataException("function");
                return Expression.Call(function.Method, ReadArguments(r, view, table, reads, depth));
            }
            case Table:
            {
                var lookup = table(r.ReadString()) ?? throw new InvalidDataException("table");
                return Expression.Invoke(Expression.Constant(lookup), ReadArguments(r, view, table, reads, depth));
            }
            default:
                throw new InvalidDataException("tag");
        }
    }

    private static Expression[] ReadArguments(BinaryReader r, ParameterExpression view, Func<string, Delegate?> table, List<(string Name, int Slot)> reads, int depth)
    {
        var count = r.Read7BitEncodedInt();
        if (count is < 0 or > 3)
            throw new InvalidDataException("arguments");
        var arguments = new Expression[count];
        for (var i = 0; i < count; i++)
            arguments[i] = ReadNode(r, view, table, reads, depth + 1);
        return arguments;
    }

    private static object? ReadValue(BinaryReader r) => r.ReadByte() switch
    {
        0 => null,
        1 => r.ReadBoolean(),
        2 => r.ReadDecimal(),
        3 => r.ReadString(),
        4 => DateTime.FromBinary(r.ReadInt64()),
        5 => r.ReadInt32(),
        6 => r.ReadDouble(),
        7 => r.ReadInt64(),
        _ => throw new InvalidDataException("value"),
    };

    private static Type ReadType(BinaryReader r) => r.ReadByte() is var code && code < Types.Length ? Types[code] : throw new InvalidDataException("type");

    private static MethodInfo? ReadMethod(BinaryReader r)
    {
        var owner = r.ReadByte();
        if (owner == 0xFF)
            return null;
        if (owner >= MethodOwners.Length)
            throw new InvalidDataException("owner");
        var name = r.ReadString();
        if (!Allowed(name))
            throw new InvalidDataException("method");
        var parameters = new Type[r.Read7BitEncodedInt() is var n and >= 0 and <= 3 ? n : throw new InvalidDataException("parameters")];
        for (var i = 0; i < parameters.Length; i++)
            parameters[i] = ReadType(r);
        return MethodOwners[owner].GetMethod(name, BindingFlags.Public | BindingFlags.Static, parameters) ?? throw new InvalidDataException("method");
    }
}
