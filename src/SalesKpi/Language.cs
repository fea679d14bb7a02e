namespace SalesKpi;

/// <summary>The language of a workbook's labels. Formulas and number formats are always invariant.</summary>
public enum Language
{
    /// <summary>English.</summary>
    English,

    /// <summary>Spanish.</summary>
    Spanish,
}
