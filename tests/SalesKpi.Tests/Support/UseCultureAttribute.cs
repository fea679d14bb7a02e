using System;
using System.Globalization;
using System.Reflection;
using System.Threading;
using Xunit.Sdk;

namespace SalesKpi.Tests.Support;

/// <summary>Runs a test under a thread culture and restores the previous one afterwards.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = false)]
public sealed class UseCultureAttribute(string name) : BeforeAfterTestAttribute
{
    private CultureInfo? _culture;
    private CultureInfo? _uiCulture;

    public override void Before(MethodInfo methodUnderTest)
    {
        _culture = Thread.CurrentThread.CurrentCulture;
        _uiCulture = Thread.CurrentThread.CurrentUICulture;
        var culture = CultureInfo.GetCultureInfo(name);
        Thread.CurrentThread.CurrentCulture = culture;
        Thread.CurrentThread.CurrentUICulture = culture;
    }

    public override void After(MethodInfo methodUnderTest)
    {
        Thread.CurrentThread.CurrentCulture = _culture!;
        Thread.CurrentThread.CurrentUICulture = _uiCulture!;
    }
}
