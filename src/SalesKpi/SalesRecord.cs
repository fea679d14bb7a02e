using System;

namespace SalesKpi;

/// <summary>
/// One rep's figures for one period: the input row every KPI is computed from.
/// A <see langword="null"/> figure means "no data", which is not the same as 0 ("nothing happened").
/// </summary>
/// <remarks>Field meanings, units and kinds are listed in <see cref="InputField.All"/>.</remarks>
public sealed record SalesRecord
{
    /// <summary>First day of the period.</summary>
    public DateTime PeriodStart { get; init; }

    /// <summary>Last day of the period.</summary>
    public DateTime PeriodEnd { get; init; }

    /// <summary>The rep's stable identifier; kept exactly as given.</summary>
    public string RepId { get; init; } = "";

    /// <summary>The rep's display name.</summary>
    public string? RepName { get; init; }

    /// <summary>The rep's team, for example Inbound, Outbound or Field.</summary>
    public string? Team { get; init; }

    /// <summary>The rep's territory, region or branch.</summary>
    public string? Location { get; init; }

    /// <summary>Revenue from customers won in the period.</summary>
    public decimal? NewCustomerRevenue { get; init; }

    /// <summary>Revenue from customers the company already had.</summary>
    public decimal? ExistingCustomerRevenue { get; init; }

    /// <summary>Revenue of the comparison period (a year earlier, or the previous period); optional.</summary>
    public decimal? ComparisonRevenue { get; init; }

    /// <summary>Gross profit of the period's revenue; may be negative.</summary>
    public decimal? GrossProfit { get; init; }

    /// <summary>The rep's revenue quota for the period.</summary>
    public decimal? SalesQuota { get; init; }

    /// <summary>The quota of the period the open pipeline covers.</summary>
    public decimal? NextPeriodQuota { get; init; }

    /// <summary>Sales and marketing spent on winning new customers.</summary>
    public decimal? AcquisitionCost { get; init; }

    /// <summary>Deals closed as won in the period.</summary>
    public int? DealsWon { get; init; }

    /// <summary>Deals closed as lost in the period.</summary>
    public int? DealsLost { get; init; }

    /// <summary>Days from opportunity creation to close, summed over the period's won deals.</summary>
    public decimal? SalesCycleDaysTotal { get; init; }

    /// <summary>Open opportunities at period end.</summary>
    public int? OpenOpportunities { get; init; }

    /// <summary>Value of the open pipeline at period end.</summary>
    public decimal? OpenPipelineValue { get; init; }

    /// <summary>Leads created in the period.</summary>
    public int? LeadsCreated { get; init; }

    /// <summary>Leads converted into opportunities in the period.</summary>
    public int? LeadsConverted { get; init; }

    /// <summary>Leads contacted in the period.</summary>
    public int? LeadsContacted { get; init; }

    /// <summary>Hours from lead creation to first contact, summed over contacted leads.</summary>
    public decimal? LeadResponseHoursTotal { get; init; }

    /// <summary>Sales calls made.</summary>
    public int? CallsMade { get; init; }

    /// <summary>Meetings booked from calls.</summary>
    public int? MeetingsBooked { get; init; }

    /// <summary>Customer visits planned.</summary>
    public int? VisitsPlanned { get; init; }

    /// <summary>Customer visits completed, planned or not.</summary>
    public int? VisitsCompleted { get; init; }

    /// <summary>Completed visits that ended with an order.</summary>
    public int? VisitsWithOrder { get; init; }

    /// <summary>Days spent in the field; halves allowed.</summary>
    public decimal? FieldDays { get; init; }

    /// <summary>Accounts assigned to the rep at period start.</summary>
    public int? AccountsAssigned { get; init; }

    /// <summary>Distinct assigned accounts visited in the period.</summary>
    public int? AccountsVisited { get; init; }

    /// <summary>Active customers at period start.</summary>
    public int? CustomersAtStart { get; init; }

    /// <summary>Customers won in the period.</summary>
    public int? NewCustomers { get; init; }

    /// <summary>Customers lost in the period, out of those active at its start.</summary>
    public int? CustomersLost { get; init; }
}
