using System;

namespace SalesKpi;

/// <summary>What the dashboard shows when the workbook opens; a person changes it from the dropdowns.</summary>
public sealed record DashboardSelection
{
    /// <summary>The first day of the period to show.</summary>
    /// <value>Default: <see langword="null"/>, the latest period in the data.</value>
    public DateTime? Period { get; init; }

    /// <summary>Whose KPIs to show.</summary>
    /// <value>Default: <see cref="ScopeKind.Everyone"/>.</value>
    public ScopeKind Scope { get; init; } = ScopeKind.Everyone;

    /// <summary>The team, location or rep id when <see cref="Scope"/> is not <see cref="ScopeKind.Everyone"/>.</summary>
    /// <value>Default: <see langword="null"/>.</value>
    public string? ScopeValue { get; init; }

    internal void Validate()
    {
        if (!Enum.IsDefined(typeof(ScopeKind), Scope))
        {
            throw new ArgumentException($"WorkbookOptions.Selection.Scope {Scope} is not defined.", nameof(Scope));
        }

        if (Scope != ScopeKind.Everyone && string.IsNullOrWhiteSpace(ScopeValue))
        {
            throw new ArgumentException($"WorkbookOptions.Selection.ScopeValue must name the {Scope.ToString().ToLowerInvariant()} to show.", nameof(ScopeValue));
        }
    }
}
