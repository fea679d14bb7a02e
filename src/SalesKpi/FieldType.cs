namespace SalesKpi;

/// <summary>The type of an input column's values.</summary>
public enum FieldType
{
    /// <summary>A calendar date.</summary>
    Date,

    /// <summary>Text, kept exactly as given.</summary>
    Text,

    /// <summary>A whole, non-negative number.</summary>
    Integer,

    /// <summary>A decimal number.</summary>
    Decimal,
}
