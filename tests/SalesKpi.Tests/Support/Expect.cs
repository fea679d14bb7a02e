using System;

namespace SalesKpi.Tests.Support;

public static class Expect
{
    /// <summary>Equal within 1e-9 relative, the precision a spreadsheet's own arithmetic allows.</summary>
    public static void Near(double? actual, double expected, string because = "")
    {
        actual.Should().NotBeNull(because);
        actual!.Value.Should().BeApproximately(expected, Math.Max(1e-12, Math.Abs(expected) * 1e-9), because);
    }
}
