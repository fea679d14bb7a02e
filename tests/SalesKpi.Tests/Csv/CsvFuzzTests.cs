using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;

namespace SalesKpi.Tests.Csv;

/// <summary>
/// Seeded random damage to good CSV files: whatever the bytes, reading either succeeds or throws
/// <see cref="SalesDataException"/>. Any other exception is a bug; the failure names seed and case.
/// </summary>
public class CsvFuzzTests
{
    private static readonly byte[][] Inserts =
    [
        "\""u8.ToArray(), "\"\""u8.ToArray(), ","u8.ToArray(), ";"u8.ToArray(), "\t"u8.ToArray(), "\n"u8.ToArray(), "\r"u8.ToArray(),
        [0], [0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0xFE, 0xFF], [0xC3], [0xF1], [0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80],
        "1e400"u8.ToArray(), "-"u8.ToArray(), "NaN"u8.ToArray(), "∞"u8.ToArray(), "1.234,5"u8.ToArray(), "31/02/2025"u8.ToArray(),
        "DealsLost"u8.ToArray(), "Deals_Lost,"u8.ToArray(), "\uFFFD"u8.ToArray(), "_x0000_"u8.ToArray(),
    ];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Damaged_csv_either_reads_or_is_refused_as_bad_data(int seed)
    {
        var random = new Random(seed);
        var cultures = new CultureInfo?[] { null, CultureInfo.InvariantCulture, CultureInfo.GetCultureInfo("es-ES"), CultureInfo.GetCultureInfo("fr-FR") };
        var records = SampleData.Create(seed).Take(12).ToList();
        var outcomes = new Dictionary<string, int>();
        for (var i = 0; i < 600; i++)
        {
            var delimiter = new[] { ',', ';', '\t' }[random.Next(3)];
            var culture = delimiter == ';' ? CultureInfo.GetCultureInfo("es-ES") : CultureInfo.InvariantCulture;
            var text = SalesCsvTests.Export(records, f => random.Next(4) == 0 ? f.Title.Spanish : f.Name, delimiter, culture);
            var bytes = Damage(random, Encoding.UTF8.GetBytes(text));
            var options = new CsvOptions
            {
                Culture = cultures[random.Next(cultures.Length)],
                Delimiter = random.Next(4) == 0 ? delimiter : null,
                AllowMissingColumns = random.Next(2) == 0,
                Warning = _ => { },
            };

            string outcome;
            try
            {
                // Bytes, whose encoding the library decides, or text a reader decoded (bad bytes become U+FFFD).
                var read = random.Next(3) == 0
                    ? SalesCsv.Read(new StreamReader(new MemoryStream(bytes), Encoding.UTF8), options)
                    : SalesCsv.Read(new MemoryStream(bytes), options);
                outcome = read.Count() == records.Count ? "read" : "read, other count";
            }
            catch (SalesDataException e)
            {
                e.Problems.Should().OnlyContain(p => p.Value == null || p.Value.Length <= DataProblem.MaxValueLength);
                e.Message.Length.Should().BeLessThan(2_000, $"seed {seed}, case {i}: a message stays short");
                outcome = "refused";
            }
            catch (Exception e)
            {
                throw new InvalidOperationException($"Seed {seed}, case {i}: {e.GetType().Name} escaped reading a damaged CSV.", e);
            }

            outcomes[outcome] = outcomes.GetValueOrDefault(outcome) + 1;
        }

        outcomes.GetValueOrDefault("refused").Should().BePositive("the damage must break some files");
        outcomes.GetValueOrDefault("read").Should().BePositive("some damage leaves a file readable, so the reader is exercised past the header");
    }

    private static byte[] Damage(Random random, byte[] bytes)
    {
        var data = new List<byte>(bytes);
        for (var n = random.Next(1, 6); n > 0; n--)
        {
            var at = random.Next(data.Count + 1);
            switch (random.Next(7))
            {
                case 0 when data.Count > 0:
                    data[Math.Min(at, data.Count - 1)] ^= (byte)(1 << random.Next(8));
                    break;
                case 1:
                    data.InsertRange(at, Inserts[random.Next(Inserts.Length)]);
                    break;
                case 2 when data.Count > 0:
                    data.RemoveRange(Math.Min(at, data.Count - 1), Math.Min(random.Next(1, 40), data.Count - Math.Min(at, data.Count - 1)));
                    break;
                case 3:
                    // A huge line: past a cell, or past a record's limit.
                    data.InsertRange(at, Enumerable.Repeat((byte)(random.Next(2) == 0 ? '9' : 'x'), random.Next(4) == 0 ? 1_100_000 : 40_000));
                    break;
                case 4 when data.Count > 10:
                    var from = random.Next(data.Count - 10);
                    data.InsertRange(at, data.GetRange(from, random.Next(1, Math.Min(200, data.Count - from))));
                    break;
                case 5:
                    data.InsertRange(0, Inserts[random.Next(7, 11)]); // a byte order mark, or NUL, at the start
                    break;
                default:
                    data.Insert(at, (byte)random.Next(256));
                    break;
            }
        }

        return data.ToArray();
    }
}
