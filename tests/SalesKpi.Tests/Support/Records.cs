using System;
using System.Reflection;

namespace SalesKpi.Tests.Support;

public static class Records
{
    /// <summary>A copy of the record with one numeric field, named as in the catalog, set (null blanks it).</summary>
    public static SalesRecord With(SalesRecord record, string field, decimal? value)
    {
        var property = typeof(SalesRecord).GetProperty(field, BindingFlags.Public | BindingFlags.Instance)
            ?? throw new ArgumentException($"SalesRecord has no field {field}.");
        var copy = record with { };
        object? converted = value is null ? null
            : property.PropertyType == typeof(int?) ? (object)(int)value.Value
            : value.Value;
        property.SetValue(copy, converted);
        return copy;
    }
}
