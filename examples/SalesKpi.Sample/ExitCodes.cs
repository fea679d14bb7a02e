namespace SalesKpi.Sample;

/// <summary>What the console's exit code says. Scripts can rely on these.</summary>
public static class ExitCodes
{
    /// <summary>Done: the output is written whole.</summary>
    public const int Ok = 0;

    /// <summary>The command line was wrong (unknown command or option, a missing or bad value); the message says how.</summary>
    public const int Usage = 1;

    /// <summary>The input could not be used (a bad row, template or workbook); the message names where. Nothing was written.</summary>
    public const int BadInput = 2;

    /// <summary>Stopped by Ctrl-C or SIGTERM (128 + SIGINT, as shells report it). Nothing was written.</summary>
    public const int Interrupted = 130;
}

/// <summary>The command line was wrong; the message says how.</summary>
public sealed class UsageException(string message) : System.Exception(message);
