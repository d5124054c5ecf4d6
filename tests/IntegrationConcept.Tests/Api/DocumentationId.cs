using System.Reflection;
using System.Text;

namespace IntegrationConcept.Tests.Api;

/// <summary>
/// The id the C# compiler gives a type or member in the XML documentation file, such as
/// <c>M:IntegrationConcept.Model.Timeframe.Contains(NodaTime.LocalDate)</c>.
/// </summary>
internal static class DocumentationId
{
    public static string Of(Type type) => "T:" + TypeName(type);

    public static string Of(MemberInfo member) => member switch
    {
        Type type => Of(type),
        ConstructorInfo ctor => "M:" + TypeName(ctor.DeclaringType!) + "." + (ctor.IsStatic ? "#cctor" : "#ctor") + Parameters(ctor.GetParameters()),
        MethodInfo method => "M:" + TypeName(method.DeclaringType!) + "." + method.Name
            + (method.IsGenericMethodDefinition ? "``" + method.GetGenericArguments().Length : string.Empty)
            + Parameters(method.GetParameters())
            + (method.Name is "op_Implicit" or "op_Explicit" ? "~" + Reference(method.ReturnType) : string.Empty),
        PropertyInfo property => "P:" + TypeName(property.DeclaringType!) + "." + property.Name + Parameters(property.GetIndexParameters()),
        FieldInfo field => "F:" + TypeName(field.DeclaringType!) + "." + field.Name,
        EventInfo @event => "E:" + TypeName(@event.DeclaringType!) + "." + @event.Name,
        _ => throw new ArgumentException($"No documentation id for {member.MemberType}.", nameof(member)),
    };

    // A type's own name: generic arity kept (ElementId`1), nested types joined by dots.
    private static string TypeName(Type type)
        => type.DeclaringType is { } outer
            ? TypeName(outer) + "." + type.Name
            : (type.Namespace is { Length: > 0 } ns ? ns + "." : string.Empty) + type.Name;

    private static string Parameters(ParameterInfo[] parameters)
        => parameters.Length == 0 ? string.Empty : "(" + string.Join(",", parameters.Select(p => Reference(p.ParameterType))) + ")";

    // A type as it appears in a signature: generic arguments in braces, type parameters by position.
    private static string Reference(Type type)
    {
        if (type.IsByRef)
        {
            return Reference(type.GetElementType()!) + "@";
        }

        if (type.IsPointer)
        {
            return Reference(type.GetElementType()!) + "*";
        }

        if (type.IsArray)
        {
            var rank = type.GetArrayRank();
            return Reference(type.GetElementType()!) + (rank == 1 ? "[]" : "[" + string.Join(",", Enumerable.Repeat("0:", rank)) + "]");
        }

        if (type.IsGenericParameter)
        {
            return (type.DeclaringMethod is null ? "`" : "``") + type.GenericParameterPosition;
        }

        if (!type.IsGenericType)
        {
            return TypeName(type);
        }

        // Constructed generic, possibly nested in a generic type: each level takes its own arguments.
        var arguments = new Queue<Type>(type.GetGenericArguments());
        var levels = new Stack<Type>();
        for (var t = type; t is not null; t = t.DeclaringType)
        {
            levels.Push(t);
        }

        var text = new StringBuilder();
        var taken = 0;
        foreach (var level in levels)
        {
            var definition = level.IsGenericType ? level.GetGenericTypeDefinition() : level;
            var name = definition.Name.Split('`')[0];
            text.Append(text.Length == 0 ? (definition.Namespace is { Length: > 0 } ns ? ns + "." : string.Empty) : ".").Append(name);
            var arity = definition.IsGenericType ? definition.GetGenericArguments().Length - taken : 0;
            if (arity > 0)
            {
                text.Append('{').Append(string.Join(",", Enumerable.Range(0, arity).Select(_ => Reference(arguments.Dequeue())))).Append('}');
                taken += arity;
            }
        }

        return text.ToString();
    }
}
