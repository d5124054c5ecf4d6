using System.Reflection;
using FluentAssertions;

namespace IntegrationConcept.Tests;

/// <summary>
/// Checks value equality and hashing of a type the same way everywhere (after nodatime's TestHelper):
/// an equal pair built separately, unequal values, null, the operators when the type defines them, and
/// hash codes consistent with equality.
/// </summary>
internal static class EqualityAssert
{
    public static void HasValueSemantics<T>(T value, T equalValue, params T[] unequalValues)
        where T : IEquatable<T>
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(equalValue);
        unequalValues.Should().NotBeEmpty("equality needs at least one unequal value to be tested");
        if (!typeof(T).IsValueType)
        {
            ReferenceEquals(value, equalValue).Should().BeFalse("the equal value must be a separate instance, so that equality is by content");
        }

        var equals = Operator<T>("op_Equality");
        var notEquals = Operator<T>("op_Inequality");
        (equals is null).Should().Be(notEquals is null, $"{typeof(T).Name} should define == and != together");

        // Reflexive, symmetric, through both overloads; equal values hash equal.
        value.Equals(value).Should().BeTrue();
        value.Equals(equalValue).Should().BeTrue($"{value} should equal {equalValue}");
        equalValue.Equals(value).Should().BeTrue();
        value.Equals((object)equalValue).Should().BeTrue();
        value.GetHashCode().Should().Be(equalValue.GetHashCode(), "equal values hash equal");
        value.GetHashCode().Should().Be(value.GetHashCode(), "the hash code is stable");
        if (equals is not null)
        {
            Invoke(equals, value, equalValue).Should().BeTrue();
            Invoke(notEquals!, value, equalValue).Should().BeFalse();
        }

        // Null and other types.
        object boxed = value;
        boxed.Equals(new object()).Should().BeFalse();
        boxed.Equals(null).Should().BeFalse();
        if (!typeof(T).IsValueType)
        {
            value.Equals(default(T)).Should().BeFalse();
            if (equals is not null)
            {
                Invoke<T>(equals, value, default).Should().BeFalse();
                Invoke<T>(equals, default, value).Should().BeFalse();
                Invoke<T>(equals, default, default).Should().BeTrue();
                Invoke<T>(notEquals!, value, default).Should().BeTrue();
            }
        }

        foreach (var unequal in unequalValues)
        {
            ArgumentNullException.ThrowIfNull(unequal);
            value.Equals(unequal).Should().BeFalse($"{value} should not equal {unequal}");
            unequal.Equals(value).Should().BeFalse();
            value.Equals((object)unequal).Should().BeFalse();
            if (equals is not null)
            {
                Invoke(equals, value, unequal).Should().BeFalse();
                Invoke(notEquals!, value, unequal).Should().BeTrue();
            }
        }
    }

    private static MethodInfo? Operator<T>(string name)
        => typeof(T).GetMethod(name, BindingFlags.Public | BindingFlags.Static, [typeof(T), typeof(T)]);

    private static bool Invoke<T>(MethodInfo op, T? left, T? right) => (bool)op.Invoke(null, [left, right])!;
}
