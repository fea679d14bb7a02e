using System.Globalization;

namespace SalesKpi.Sheets;

internal static class Protection
{
    /// <summary>
    /// The legacy sheet-protection hash every spreadsheet program understands. It keeps people from
    /// switching protection off by accident; it is not security.
    /// </summary>
    public static string? Hash(string? password)
    {
        if (password is null)
        {
            return null;
        }

        var hash = 0;
        for (var i = password.Length - 1; i >= 0; i--)
        {
            hash = ((hash >> 14) & 0x01) | ((hash << 1) & 0x7FFF);
            hash ^= password[i];
        }

        hash = ((hash >> 14) & 0x01) | ((hash << 1) & 0x7FFF);
        hash ^= password.Length;
        hash ^= 0xCE4B;
        return hash.ToString("X4", CultureInfo.InvariantCulture);
    }
}
